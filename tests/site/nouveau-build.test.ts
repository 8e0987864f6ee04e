import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/lib/collections.ts';
import { CASES } from '../unit/nouveau-cases.ts';
import { walk } from './dist.ts';
import { astroBuild, borrow, smallProject } from './project-copy.ts';

/** The entries a case's flags name (--source, --themes, --articles…), to borrow from content/ into the small project. */
const referencedBy = (c: (typeof CASES)[number]) =>
  c.args.flatMap(([flag, value]) => {
    const target = (COLLECTIONS[c.collection].refs as Record<string, string | undefined>)[flag.slice(2)];
    return target && value ? value.split(',').map((id) => `${target}/${id}`) : [];
  });

/**
 * The whole path of a contributor who is not a developer: `npm run nouveau` with flags, for each kind of entry, in a
 * small project (tests/fixtures/good-content/ and the entries the flags name); then `astro build`: each new entry has its page, and its theme links to it.
 */
describe('npm run nouveau puis la compilation', () => {
  it('chaque nouvelle entrée a sa page et son thème y mène', { timeout: 240_000 }, () => {
    const dir = smallProject('humain-dabord-nouveau-build-');
    try {
      const created = CASES.map((c) => {
        // Borrowed just before the entry that uses them: a theme no entry uses yet is a problem the checker reports.
        borrow(dir, referencedBy(c));
        const run = spawnSync(process.execPath, ['scripts/nouveau.ts', '--type', c.type, ...c.args.flat(), '--oui', '--dir', join(dir, 'content')], {
          encoding: 'utf8',
          timeout: 60_000,
        });
        expect(run.status, run.stdout + run.stderr).toBe(0);
        const file = /Fichier créé : (\S+)/.exec(run.stdout)?.[1] ?? '';
        return { ...c, id: file.slice(file.lastIndexOf('/') + 1).replace(/\.(mdx|yaml)$/, '') };
      });
      const dist = join(dir, 'dist');
      const build = astroBuild(dir);
      expect(build.status, build.stdout + build.stderr).toBe(0);
      for (const c of created) {
        const href = `href="/${c.collection}/${c.id}/"`;
        expect(existsSync(join(dist, c.collection, c.id, 'index.html')), `${c.collection}/${c.id}`).toBe(true);
        // Testimonies, figures and proposals: the theme's filtered list (any of its pages); events: the theme hub.
        const themePages =
          c.collection === 'evenements'
            ? [join(dist, 'themes', c.theme, 'index.html')]
            : walk(join(dist, c.collection, 'theme', c.theme)).map((f) => join(dist, c.collection, 'theme', c.theme, f));
        expect(
          themePages.some((f) => readFileSync(f, 'utf8').includes(href)),
          `${c.theme} → ${c.collection}/${c.id}`,
        ).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
