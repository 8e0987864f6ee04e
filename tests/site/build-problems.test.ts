// `npm run build` on bad content prints the French list of `npm run check:content`, line for line, and no stack
// trace: the checker runs at astro:config:setup, before Astro loads (and would report in English) the content.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BAD = join(ROOT, 'tests/fixtures/bad-content');
const CASES = JSON.parse(readFileSync(join(BAD, 'cases.json'), 'utf8')) as { folder: string; file: string; field: string; line: number }[];
// A schema error, a YAML error and a dangling reference.
const CHOSEN = ['pourcentage-trop-grand', 'yaml-illisible', 'theme-inexistant'].map((folder) => CASES.find((c) => c.folder === folder)!);

/**
 * The smallest project that reaches the check: the config, its integration, the content collections (so that a
 * check run after content loading would come too late) and what they import, good-content plus the bad files.
 * No page: the build must stop before it needs one.
 */
function smallProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'humain-dabord-build-problems-'));
  for (const p of [
    'astro.config.ts',
    'package.json',
    'tsconfig.json',
    'src/content.config.ts',
    'src/integrations',
    'src/lib',
    'src/schemas',
    'src/redirects.json',
  ]) {
    cpSync(join(ROOT, p), join(dir, p), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  cpSync(join(ROOT, 'tests/fixtures/good-content'), join(dir, 'content'), { recursive: true });
  for (const c of CHOSEN) {
    mkdirSync(dirname(join(dir, 'content', c.file)), { recursive: true });
    cpSync(join(BAD, c.folder, c.file), join(dir, 'content', c.file));
  }
  return dir;
}

const run = (dir: string, args: string[]) => {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_OUT_DIR: join(dir, 'dist'), NO_COLOR: '1' };
  return spawnSync(args[0]!, args.slice(1), { cwd: dir, env, encoding: 'utf8', timeout: 50_000 });
};

/** The problem lines, and the summary and hints without the elapsed time. */
const list = (text: string) => ({
  problems: text.split('\n').filter((l) => /^content\/\S+:\d+ /.test(l)),
  summary: text
    .split('\n')
    .filter((l) => l.includes('problème') || l.includes('Comment corriger'))
    .map((l) => l.replace(/ \(\d+ ms\)$/, '')),
});

const dir = smallProject();
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run build répond comme npm run check:content', () => {
  it('schéma, YAML et référence : la même liste française, fichier:ligne, sans trace de pile', { timeout: 60_000 }, () => {
    const check = run(dir, [process.execPath, join(ROOT, 'scripts/check-content.ts')]);
    const build = run(dir, ['npm', 'run', 'build', '--silent']);
    const checked = list(check.stderr + check.stdout);
    const built = list(build.stderr + build.stdout);

    expect(check.status).toBe(1);
    expect(build.status, build.stderr).not.toBe(0);
    for (const c of CHOSEN)
      expect(
        checked.problems.some((l) => l.startsWith(`content/${c.file}:${c.line} ${c.field}: `)),
        c.folder,
      ).toBe(true);
    expect(checked.problems).toHaveLength(CHOSEN.length);
    expect(built).toEqual(checked);
    // No stack trace, no English error heading from Astro.
    expect(build.stderr + build.stdout).not.toMatch(/^\s+at /m);
    expect(build.stderr + build.stdout).not.toMatch(/error|Error/);
    // Stopped before anything was built.
    expect(build.stdout).not.toContain('page(s) built');
  });
});
