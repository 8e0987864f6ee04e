import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADDRESS } from '../../src/lib/address.ts';
import { DIST, htmlPages, walk } from './dist.ts';

/** The editor's own bundle and translations (third-party code of /admin/) mention localhost in their logic, not as our address. */
const EDITOR_VENDOR = /^admin\/(sveltia-cms\.js|locales\/|chunks\/)/;
const TEXT = /\.(html|xml|txt|json|csv|svg|js|css|webmanifest)$/;

describe('a build for publishing carries its public address', () => {
  it('is built with a public address (npm test builds as an association publishes)', () => {
    expect(ADDRESS.local).toBe(false);
  });

  it('no file of dist/ points to localhost', () => {
    const files = walk(DIST).filter((f) => TEXT.test(f) && !EDITOR_VENDOR.test(f));
    expect(files.length).toBeGreaterThan(500);
    const local = files.filter((f) => /localhost|127\.0\.0\.1/.test(readFileSync(join(DIST, f), 'utf8')));
    expect(local).toEqual([]);
  });

  it('every canonical address, og:url and citation is under the site address', () => {
    // An embedded chart's canonical address is its chart page (tested in tests/e2e/embed.test.ts).
    for (const p of htmlPages().filter((x) => x.html.includes('rel="canonical"') && !x.path.startsWith('/embed/'))) {
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(p.html)?.[1];
      expect(canonical, p.path).toBe(`${ADDRESS.site}${p.path.slice(1)}`);
    }
  });

  it('robots.txt and the feed give absolute addresses under the base path', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${ADDRESS.site}sitemap.xml`);
    const feed = readFileSync(join(DIST, 'flux.xml'), 'utf8');
    const links = [...feed.matchAll(/<link href="([^"]+)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(10);
    for (const l of links) expect(l.startsWith(ADDRESS.site), l).toBe(true);
  });
});

describe('a build for publishing without SITE_URL', () => {
  it('stops with a French message saying what to set, without a stack trace', () => {
    const out = mkdtempSync(join(tmpdir(), 'sans-adresse-'));
    const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' };
    delete env['SITE_URL'];
    delete env['PREVIEW_LOCAL'];
    const r = spawnSync('npx', ['astro', 'build'], { env, encoding: 'utf8', timeout: 120_000 });
    rmSync(out, { recursive: true, force: true });
    const output = `${r.stdout}${r.stderr}`;
    expect(r.status).not.toBe(0);
    expect(output).toContain('Adresse publique manquante');
    expect(output).toContain('SITE_URL=https://exemple.org');
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toContain('page(s) built');
  });
});
