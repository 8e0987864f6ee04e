import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../../scripts/lib/browser.ts';
import { serveDist } from '../../scripts/lib/server.ts';
import { htmlPages, walk } from './dist.ts';
import { brokenLinks, existsIn } from './link-check.ts';
import { siteBuild, smallProject } from './project-copy.ts';

/**
 * The site published in a subfolder, as a GitHub Pages project site is (https://exemple.org/humain-dabord/): the small
 * project built here with SITE_URL and BASE_PATH, then every internal link and asset must resolve under the
 * base, no address may point to localhost or to the root, and search must work in Chromium under the base.
 */
const BASE = '/humain-dabord/';
const SITE = `https://exemple.org${BASE}`;
/** The editor's own bundle and translations mention localhost in their code, not as our address. */
const EDITOR_VENDOR = /^admin\/(sveltia-cms\.js|locales\/|chunks\/)/;

describe('site publié dans un sous-dossier (BASE_PATH)', () => {
  // The small project (every template, tests/site/project-copy.ts): the base path is in the templates and routes, not
  // in how many entries there are.
  const dir = smallProject('humain-dabord-base-');
  const out = join(dir, 'dist');
  beforeAll(() => {
    siteBuild(dir, out, { SITE_URL: 'https://exemple.org', BASE_PATH: BASE });
  }, 300_000);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('every internal link and asset resolves under the base path', () => {
    const pages = htmlPages(out);
    expect(pages.length).toBeGreaterThan(50);
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
    expect(locs.length).toBeGreaterThan(50);
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
