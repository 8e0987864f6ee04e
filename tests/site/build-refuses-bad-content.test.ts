import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, copyProject } from './project-copy.ts';

interface Case {
  folder: string;
  file: string;
  field: string;
}
const cases = JSON.parse(readFileSync('tests/fixtures/bad-content/cases.json', 'utf8')) as Case[];
// One schema error (caught while Astro loads content) and one dangling reference (Astro only logs it: our check fails the build).
const chosen = ['pourcentage-trop-grand', 'theme-inexistant'].map((folder) => cases.find((c) => c.folder === folder)!);

describe('la compilation refuse un contenu cassé', () => {
  for (const c of chosen) {
    it(`${c.folder} : astro build échoue en nommant ${c.file} et le champ ${c.field} ; sans le fichier, elle passe`, { timeout: 240_000 }, () => {
      const dir = copyProject('humain-dabord-bad-');
      try {
        const target = join(dir, 'content', c.file);
        cpSync(join('tests/fixtures/bad-content', c.folder, c.file), target);
        const build = () => astroBuild(dir);
        const bad = build();
        const output = bad.stdout + bad.stderr;
        expect(bad.status).not.toBe(0);
        expect(output).toContain(c.file.split('/').pop());
        expect(output).toContain(c.field.replace(/\.\d+$/, ''));
        rmSync(target);
        const good = build();
        expect(good.status, good.stderr).toBe(0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
