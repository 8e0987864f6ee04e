import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlPages } from './dist.ts';

// tests/permalinks.txt lists every public URL ever published. A URL may never disappear: a renamed entry must leave
// a redirect page (content/…/redirections or a static redirect) at the old address. Add new URLs with
// `npm run permalinks:update`; never remove one.
const listed = readFileSync('tests/permalinks.txt', 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l.startsWith('/'));

describe('liens permanents', () => {
  it('chaque adresse de tests/permalinks.txt existe dans le site compilé', () => {
    const missing = listed.filter((p) => !existsSync(`dist${p}index.html`) && !existsSync(`dist${p}`));
    expect(listed.length).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it('chaque page publiée est dans la liste (sinon : npm run permalinks:update)', () => {
    const known = new Set(listed);
    const unlisted = htmlPages()
      .map((p) => p.path)
      .filter((p) => p.endsWith('/') && !p.startsWith('/admin/') && !known.has(p));
    expect(unlisted).toEqual([]);
  });
});
