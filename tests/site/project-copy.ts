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

/** `astro build --silent` in a project copy, into its own dist/ (the build the site's own npm run build runs first). */
export function astroBuild(dir: string) {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_OUT_DIR: join(dir, 'dist') };
  return spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { cwd: dir, env, encoding: 'utf8' });
}
