import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { walk } from './dist.ts';
import { siteBuild, smallProject } from './project-copy.ts';

const hashes = (dir: string) =>
  new Map(
    walk(dir).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );

describe('compilation reproductible', () => {
  // The small project (every template, tests/site/project-copy.ts) built twice as `npm run build` builds: what makes a
  // build differ (a date, a random draw, an order that depends on timing, cards drawn by several threads) is in the
  // code every template runs, not in how many entries there are. Two builds of the whole site cost a full build more.
  const dir = smallProject('humain-dabord-determinisme-');
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('deux compilations du même projet donnent des dossiers identiques octet pour octet (index de recherche et en-têtes compris)', { timeout: 300_000 }, () => {
    const [a, b] = [join(dir, 'dist-a'), join(dir, 'dist-b')];
    // Each with its own empty card cache: both draw every card.
    siteBuild(dir, a, { QUOTE_CARD_CACHE: join(dir, 'cartes-a') });
    siteBuild(dir, b, { QUOTE_CARD_CACHE: join(dir, 'cartes-b') });
    const [first, second] = [hashes(a), hashes(b)];
    const differ = [...new Set([...first.keys(), ...second.keys()])].filter((f) => first.get(f) !== second.get(f));
    expect(first.size).toBeGreaterThan(100);
    expect([...first.keys()].some((f) => f.startsWith('pagefind/'))).toBe(true);
    expect([...first.keys()].filter((f) => f.startsWith('partage/')).length).toBeGreaterThan(0);
    expect(differ.slice(0, 20)).toEqual([]);
  });
});
