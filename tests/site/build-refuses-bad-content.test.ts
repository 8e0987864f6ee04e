import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
  // One small project (tests/fixtures/good-content/ as content): the refusal does not need the whole site. Each case
  // adds its one bad file, builds, and takes the file out again; the project without any of them must build.
  const dir = smallProject('humain-dabord-bad-');
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  for (const c of chosen) {
    it(`${c.folder} : astro build échoue en nommant ${c.where} et le champ ${c.field}`, { timeout: 240_000 }, () => {
      const target = join(dir, 'content', c.file);
      // A new file, never one of the project's own: taking it out leaves the project as it was.
      expect(existsSync(target), target).toBe(false);
      mkdirSync(dirname(target), { recursive: true });
      cpSync(join('tests/fixtures/bad-content', c.folder, c.file), target);
      try {
        const bad = astroBuild(dir);
        const output = bad.stdout + bad.stderr;
        expect(bad.status).not.toBe(0);
        // File (and line), field: not the wording, which the checker owns.
        expect(output).toContain(c.where);
        expect(output).toContain(c.field.replace(/\.\d+$/, ''));
        if (c.id) expect(output).toContain(`« ${c.id} »`);
      } finally {
        rmSync(target);
      }
    });
  }

  it('sans ces fichiers, le même projet compile : c’est bien chacun d’eux qui arrête la compilation', { timeout: 240_000 }, () => {
    const good = astroBuild(dir);
    expect(good.status, good.stderr).toBe(0);
  });
});
