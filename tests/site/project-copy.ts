import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** A throwaway copy of the project (sources, content, config; node_modules linked) for tests that change content. */
export function copyProject(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const p of ['src', 'public', 'content', 'astro.config.ts', 'tsconfig.json', 'package.json']) cpSync(p, join(dir, p), { recursive: true });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** `astro build --silent` in a project copy, into its own dist/ (the build the site's own npm run build runs first). */
export function astroBuild(dir: string) {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_OUT_DIR: join(dir, 'dist') };
  return spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { cwd: dir, env, encoding: 'utf8' });
}
