import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, smallProject } from './project-copy.ts';

interface Case {
  folder: string;
  file: string;
  field: string;
  line: number;
}
const cases = JSON.parse(readFileSync('tests/fixtures/bad-content/cases.json', 'utf8')) as Case[];
// One schema error (caught while Astro loads content) and one dangling reference (Astro only logs it: our check fails the build).
// Astro locates a schema error by file only (« :0:0 »); our reference check gives the line as well.
const pick = (folder: string) => cases.find((c) => c.folder === folder)!;
const [percent, theme, dossier] = [pick('pourcentage-trop-grand'), pick('theme-inexistant'), pick('dossier-preuve-inexistante')];
// A dossier showing a missing testimony: MDX would only fail when the page renders; our check names file, line and id first.
const chosen = [
  { ...percent, where: `content/${percent.file}`, id: undefined },
  { ...theme, where: `${theme.file}:${String(theme.line)}`, id: undefined },
  { ...dossier, where: `${dossier.file}:${String(dossier.line)}`, id: 'temoignage-inexistant' },
];

describe('la compilation refuse un contenu cassé', () => {
  for (const c of chosen) {
    it(`${c.folder} : astro build échoue en nommant ${c.where} et le champ ${c.field} ; sans le fichier, elle passe`, { timeout: 240_000 }, () => {
      // A small project (tests/fixtures/good-content/ as content): the refusal does not need the whole site.
      const dir = smallProject('humain-dabord-bad-');
      try {
        const target = join(dir, 'content', c.file);
        mkdirSync(dirname(target), { recursive: true });
        cpSync(join('tests/fixtures/bad-content', c.folder, c.file), target);
        const build = () => astroBuild(dir);
        const bad = build();
        const output = bad.stdout + bad.stderr;
        expect(bad.status).not.toBe(0);
        // File (and line), field: not the wording, which the checker owns.
        expect(output).toContain(c.where);
        expect(output).toContain(c.field.replace(/\.\d+$/, ''));
        if (c.id) expect(output).toContain(`« ${c.id} »`);
        rmSync(target);
        const good = build();
        expect(good.status, good.stderr).toBe(0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
