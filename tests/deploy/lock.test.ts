import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Locked {
  version?: string;
  resolved?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}
interface Lock {
  packages: Record<string, Locked>;
}
interface Manifest {
  overrides?: Record<string, string | Record<string, string>>;
}

/** Where npm finds `name` from the package at `from` (its own node_modules, then each parent's). */
function lookup(lock: Lock, from: string, name: string): Locked | undefined {
  for (let dir = from; ;) {
    const found = lock.packages[`${dir ? `${dir}/` : ''}node_modules/${name}`];
    if (found || dir === '') return found;
    const up = dir.lastIndexOf('/node_modules/');
    dir = up < 0 ? '' : dir.slice(0, up);
  }
}

/** Problems that make `npm ci` fail on some machine or at some later date. */
function lockProblems(lock: Lock, manifest: Manifest): string[] {
  const problems: string[] = [];
  const pinned = new Set(Object.entries(manifest.overrides ?? {}).flatMap(([k, v]) => (typeof v === 'string' ? [k] : Object.keys(v))));
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (entry.resolved) problems.push(`${path} : adresse de registre (${entry.resolved})`);
    // Another platform's binary missing from the lock: npm ci fails there (or here, the lock disagreeing with package.json).
    for (const name of Object.keys(entry.optionalDependencies ?? {}))
      if (!lookup(lock, path, name)) problems.push(`${path || 'racine'} : dépendance optionnelle ${name} absente du verrou`);
    // A dist-tag moves when its package publishes, and the lock stops matching: it must be pinned by overrides.
    for (const [name, spec] of Object.entries(entry.dependencies ?? {}))
      if (!/^[\^~<>=\d*]|^npm:|^\$/.test(spec) && !pinned.has(name)) problems.push(`${path} : ${name}@${spec} n'est pas épinglé (overrides)`);
  }
  return problems;
}

describe('package-lock.json : npm ci reproductible sur Linux, macOS et Windows', () => {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lock;
  const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;

  it('aucune adresse de registre, chaque binaire de chaque plateforme, aucun « latest » non épinglé', () => {
    expect(lockProblems(lock, manifest)).toEqual([]);
  });

  it('les binaires de compilateur Astro et de Pagefind de chaque plateforme sont là', () => {
    const names = Object.keys(lock.packages);
    for (const platform of ['darwin-arm64', 'darwin-x64', 'linux-x64-gnu', 'win32-x64-msvc'])
      expect(names).toContain(`node_modules/@astrojs/compiler-binding-${platform}`);
    for (const platform of ['darwin-arm64', 'darwin-x64', 'linux-x64', 'windows-x64']) expect(names).toContain(`node_modules/@pagefind/${platform}`);
  });

  it('le contrôle voit un binaire manquant, une adresse de registre et un « latest » (contrôle du test)', () => {
    const bad: Lock = {
      packages: {
        '': {},
        'node_modules/pagefind': {
          optionalDependencies: { '@pagefind/darwin-arm64': '1.6.0' },
          resolved: 'https://registry.npmjs.org/pagefind/-/pagefind-1.6.0.tgz',
        },
        'node_modules/x': { dependencies: { 'third-party-web': 'latest' } },
      },
    };
    expect(lockProblems(bad, {})).toHaveLength(3);
    expect(lockProblems(bad, { overrides: { x: { 'third-party-web': '0.30.0' } } })).toHaveLength(2);
  });
});
