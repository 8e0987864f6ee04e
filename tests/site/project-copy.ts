import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { COLLECTIONS, type CollectionName } from '../../src/lib/collections.ts';
import { loadContent, type RawEntry } from '../../src/lib/integrity/load.ts';
import { PROJECT_FILES } from '../../scripts/lib/project.ts';
import { rightsReferences } from '../../src/lib/views/rights.ts';

/** The smallest content that builds every template: one entry per collection (two figures for their series). */
export const GOOD_CONTENT = 'tests/fixtures/good-content';

/** Ids found at a dotted field path (`citations.source` goes through each citation). */
function idsAt(data: unknown, path: readonly string[]): string[] {
  if (Array.isArray(data)) return data.flatMap((d) => idsAt(d, path));
  if (path.length === 0) return typeof data === 'string' ? [data] : [];
  if (typeof data !== 'object' || data === null) return [];
  return idsAt((data as Record<string, unknown>)[path[0]!], path.slice(1));
}

/**
 * The entries of content/ named by `wanted` ("collection/id") and every entry they refer to, through the registry's
 * refs: what a fixture needs to borrow from the real content for its references to resolve.
 */
export function withReferences(wanted: readonly string[], contentDir = 'content'): RawEntry[] {
  const all = new Map(loadContent(contentDir).entries.map((e) => [`${e.collection}/${e.id}`, e]));
  const found = new Map<string, RawEntry>();
  const queue = [...wanted];
  for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
    const entry = all.get(key);
    if (!entry || found.has(key)) continue;
    found.set(key, entry);
    for (const [field, target] of Object.entries(COLLECTIONS[entry.collection].refs) as [string, CollectionName][])
      queue.push(...idsAt(entry.data, field.split('.')).map((id) => `${target}/${id}`));
  }
  return [...found.values()];
}

/**
 * A small throwaway project for tests that build: the site's code and config, tests/fixtures/good-content/ as its
 * content plus `borrowed` entries of content/ (with what they refer to), node_modules linked. Building it takes a few
 * seconds where a copy of the whole site takes a full build.
 */
export function smallProject(prefix: string, borrowed: readonly string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const p of ['src', 'public', ...PROJECT_FILES]) cpSync(p, join(dir, p), { recursive: true });
  cpSync(GOOD_CONTENT, join(dir, 'content'), { recursive: true });
  // The « Vos droits » page cites fixed entries (src/lib/views/rights.ts): without them the build stops, as it should.
  borrow(dir, [...rightsReferences(), ...borrowed]);
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** Copies entries of content/ ("collection/id") and what they refer to into a small project; its own files win. */
export function borrow(dir: string, wanted: readonly string[]): void {
  for (const e of withReferences(wanted)) {
    const target = join(dir, e.path);
    mkdirSync(dirname(target), { recursive: true });
    cpSync(e.path, target, { force: false });
  }
}

/**
 * The environment of a build run by a test: the test's own, with `env` added (BASE_PATH…), but not vitest's
 * NODE_ENV=test, which would make Vite build in test mode rather than as `npm run build` does.
 */
function buildEnv(out: string, env: Record<string, string>): NodeJS.ProcessEnv {
  const all: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_OUT_DIR: out, ...env };
  delete all['NODE_ENV'];
  return all;
}

/** `astro build --silent` in a project copy, into `out` (default: its own dist/), with `env` added (BASE_PATH…). */
export function astroBuild(dir: string, out = join(dir, 'dist'), env: Record<string, string> = {}) {
  const all = buildEnv(out, env);
  return spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { cwd: dir, env: all, encoding: 'utf8' });
}

/**
 * What `npm run build` does, for a project copy into `out`: astro build, then the Pagefind index and the headers file
 * (the site's own scripts, given `out`). Throws with the failing step's output.
 */
export function siteBuild(dir: string, out: string, env: Record<string, string> = {}): void {
  const all = buildEnv(out, env);
  const build = astroBuild(dir, out, env);
  if (build.status !== 0) throw new Error(`astro build : ${build.stdout}${build.stderr}`);
  for (const script of [
    ['scripts/index-search.ts', out],
    ['scripts/deploy-config.ts', 'headers', out],
  ]) {
    const run = spawnSync(process.execPath, script, { env: all, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`${script[0]!} : ${run.stdout}${run.stderr}`);
  }
}
