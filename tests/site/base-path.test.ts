import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../../scripts/lib/browser.ts';
import { serveDist } from '../../scripts/lib/server.ts';
import { htmlPages, walk } from './dist.ts';
import { brokenLinks, existsIn } from './link-check.ts';

/**
 * The site published in a subfolder, as a GitHub Pages project site is (https://exemple.org/humain-dabord/): built
 * here with SITE_URL and BASE_PATH into its own folder, then every internal link and asset must resolve under the
 * base, no address may point to localhost or to the root, and search must work in Chromium under the base.
 */
const BASE = '/humain-dabord/';
const SITE = `https://exemple.org${BASE}`;
/** The editor's own bundle and translations mention localhost in their code, not as our address. */
const EDITOR_VENDOR = /^admin\/(sveltia-cms\.js|locales\/|chunks\/)/;

describe('site publié dans un sous-dossier (BASE_PATH)', () => {
  let out = '';
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'humain-dabord-base-'));
    const env = { ...process.env, SITE_URL: 'https://exemple.org', BASE_PATH: BASE, ASTRO_OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' };
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { env, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(build.stdout + build.stderr);
    const index = spawnSync(process.execPath, ['scripts/index-search.ts', out], { env, encoding: 'utf8' });
    if (index.status !== 0) throw new Error(index.stdout + index.stderr);
  }, 300_000);
  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
  });

  it('every internal link and asset resolves under the base path', () => {
    const pages = htmlPages(out);
    expect(pages.length).toBeGreaterThan(100);
    const broken = brokenLinks(pages, existsIn(out), SITE);
    expect(broken.slice(0, 20)).toEqual([]);
  });

  it('no file points to localhost; canonical addresses and the sitemap carry the base', () => {
    const local = walk(out).filter(
      (f) => /\.(html|xml|txt|json|csv|svg|js|css)$/.test(f) && !EDITOR_VENDOR.test(f) && /localhost/.test(readFileSync(join(out, f), 'utf8')),
    );
    expect(local).toEqual([]);
    for (const p of htmlPages(out)
      .filter((x) => x.html.includes('rel="canonical"') && !x.path.startsWith('/embed/'))
      .slice(0, 200))
      expect(/<link rel="canonical" href="([^"]+)"/.exec(p.html)?.[1], p.path).toBe(`${SITE}${p.path.slice(1)}`);
    const sitemap = readFileSync(join(out, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(100);
    expect(locs.filter((l) => !l.startsWith(SITE))).toEqual([]);
  });

  it('the printed fiche and the embed code give the address under the base', () => {
    const fiche = readFileSync(join(out, 'themes/acces-aux-droits/fiche/index.html'), 'utf8');
    expect(fiche).toContain(`${SITE}themes/acces-aux-droits/`);
    const chart = htmlPages(out).find((p) => p.path.startsWith('/graphiques/') && p.html.includes('class="embed"'));
    expect(chart?.html).toContain(`src=&quot;${SITE}embed/chiffres/`);
  });

  it('search works under the base path in Chromium', { timeout: 120_000 }, async () => {
    const { server, url } = await serveDist(out, 0, BASE);
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const failed: string[] = [];
      page.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${String(r.status())} ${r.url()}`);
      });
      await page.goto(`${url}${BASE}recherche/?q=guichet`);
      await page.waitForFunction(() => /résultat/.test(document.querySelector('.search-status')?.textContent ?? ''), null, { timeout: 30_000 });
      const links = await page.locator('.search-results h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(links.length).toBeGreaterThan(0);
      for (const l of links) expect(l.startsWith(BASE), l).toBe(true);
      const first = await page.request.get(`${url}${links[0]!}`);
      expect(first.status()).toBe(200);
      expect(failed).toEqual([]);
    } finally {
      await browser.close();
      server.close();
    }
  });
});
