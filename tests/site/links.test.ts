import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages } from './dist.ts';
import { brokenLinks } from './link-check.ts';

describe('liens internes', () => {
  const pages = htmlPages();
  it('chaque href/src interne, fragment compris, mène à un fichier ou une ancre existants', () => {
    const broken = brokenLinks(pages, (path) => {
      const file = join(DIST, decodeURIComponent(path));
      return existsSync(`${file}.html`) || (existsSync(file) && (statSync(file).isFile() || existsSync(join(file, 'index.html'))));
    });
    expect(broken, broken.slice(0, 20).join('\n')).toEqual([]);
    expect(pages.length).toBeGreaterThan(100);
  });
});
