import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

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
      const dir = mkdtempSync(join(tmpdir(), 'humain-dabord-bad-'));
      try {
        for (const p of ['src', 'public', 'content', 'astro.config.ts', 'tsconfig.json', 'package.json']) cpSync(p, join(dir, p), { recursive: true });
        symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
        const target = join(dir, 'content', c.file);
        cpSync(join('tests/fixtures/bad-content', c.folder, c.file), target);
        const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_OUT_DIR: join(dir, 'dist') };
        const build = () => spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { cwd: dir, env, encoding: 'utf8' });
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
