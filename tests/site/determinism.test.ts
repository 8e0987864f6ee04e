import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, walk } from './dist.ts';

const hashes = (dir: string) =>
  new Map(
    walk(dir).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );

describe('compilation reproductible', () => {
  it('une seconde compilation du même commit donne un dist/ identique octet pour octet', { timeout: 300_000 }, () => {
    const out = mkdtempSync(join(tmpdir(), 'humain-dabord-build-'));
    try {
      const env = { ...process.env, ASTRO_OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' };
      const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { env, encoding: 'utf8' });
      expect(build.status, build.stderr).toBe(0);
      const index = spawnSync(process.execPath, ['scripts/index-search.ts', out], { env, encoding: 'utf8' });
      expect(index.status, index.stderr).toBe(0);
      const headers = spawnSync(process.execPath, ['scripts/deploy-config.ts', 'headers', out], { env, encoding: 'utf8' });
      expect(headers.status, headers.stderr).toBe(0);
      const a = hashes(DIST);
      const b = hashes(out);
      const differ = [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f));
      expect(a.size).toBeGreaterThan(100);
      expect(differ.slice(0, 20)).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
