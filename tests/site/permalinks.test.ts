import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPublished, pageKind, sitemapPaths } from '../../src/integrations/sitemap.ts';
import { DIST, htmlFiles } from './dist.ts';

// tests/permalinks.txt lists every public URL ever published (site paths, without the base path). A URL may never
// disappear: a renamed entry must leave a redirect page (src/redirects.json) at the old address. Add new URLs with
// `npm run permalinks:update`; never remove one.
//
// Three lists must agree:
//   - published pages = the HTML pages of dist/ except the 404 page and the editor (/admin/): this is what
//     tests/permalinks.txt holds (redirect pages and /embed/ charts included: other sites link to them);
//   - the sitemap = the published pages that search engines should list: not `noindex` (/embed/, made for iframes),
//     not redirect pages (their target is listed).
const listed = readFileSync('tests/permalinks.txt', 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l.startsWith('/'));

/** The published pages of a built site, as src/integrations/sitemap.ts and scripts/permalinks-update.ts see them. */
const published = (dist: string) => htmlFiles(dist).filter((p) => isPublished(p.path));

/** A permalink is served by an HTML file (the page itself or a redirect page), not by a folder that holds other pages. */
const resolves = (dist: string) => (path: string) => {
  const file = join(dist, path, 'index.html');
  return existsSync(file) && statSync(file).isFile();
};

/** Origin + base of the build, read from the home page's canonical address (the tests do not assume an address). */
const siteOf = (dist: string): string => {
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))?.[1];
  if (!canonical) throw new Error(`${dist}/index.html n'a pas d'adresse canonique`);
  return canonical;
};

/** Site paths of the sitemap's <loc>s; every address must start with the site's origin and base. */
function sitemapOf(dist: string): string[] {
  const site = siteOf(dist);
  const locs = [...readFileSync(join(dist, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
  const foreign = locs.filter((l) => !l.startsWith(site));
  if (foreign.length > 0) throw new Error(`adresses hors de ${site} dans sitemap.xml : ${foreign.slice(0, 3).join(', ')}`);
  return locs.map((l) => `/${l.slice(site.length)}`).sort();
}

describe('liens permanents', () => {
  it('chaque adresse de tests/permalinks.txt est une page HTML du site compilé (pas un simple dossier)', () => {
    const missing = listed.filter((p) => !resolves(DIST)(p));
    expect(listed.length).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it('un dossier qui ne contient que la page d’un enfant ne prouve pas que la page existe (contrôle du test)', () => {
    // A theme removed without a redirect, whose folder still holds its printable fiche.
    const dist = mkdtempSync(join(tmpdir(), 'permaliens-'));
    try {
      mkdirSync(join(dist, 'themes/x/fiche'), { recursive: true });
      writeFileSync(join(dist, 'themes/x/fiche/index.html'), '<html></html>');
      expect(resolves(dist)('/themes/x/fiche/')).toBe(true);
      expect(resolves(dist)('/themes/x/')).toBe(false);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it('chaque page publiée est dans la liste (sinon : npm run permalinks:update)', () => {
    const known = new Set(listed);
    expect(
      published(DIST)
        .map((p) => p.path)
        .filter((p) => !known.has(p)),
    ).toEqual([]);
  });

  it('sitemap.xml = les pages publiées sans noindex ni redirection = la partie publique de tests/permalinks.txt', () => {
    const inSitemap = sitemapOf(DIST);
    const fromDist = sitemapPaths(published(DIST));
    const kindOf = (p: string) => pageKind(readFileSync(join(DIST, p, 'index.html'), 'utf8'));
    const fromList = listed.filter((p) => kindOf(p) === 'page').sort();
    expect(inSitemap.length).toBeGreaterThan(100);
    expect(inSitemap).toEqual(fromDist);
    expect(inSitemap).toEqual(fromList);
    // What is left out, and why: redirect pages, and `noindex` only on the charts made for iframes.
    const noindex = listed.filter((p) => kindOf(p) === 'noindex');
    expect(noindex.length).toBeGreaterThan(0);
    expect(noindex.filter((p) => !p.startsWith('/embed/'))).toEqual([]);
    expect(inSitemap).not.toContain('/admin/');
  });

  it('la sélection du plan du site écarte noindex et redirections (contrôle du test)', () => {
    expect(pageKind('<html><head><meta name="robots" content="noindex"></head></html>')).toBe('noindex');
    expect(pageKind('<html><head><meta content="noindex, nofollow" name="robots"></head></html>')).toBe('noindex');
    expect(pageKind('<!doctype html><title>Redirecting to: /a/</title><meta http-equiv="refresh" content="0;url=/a/">')).toBe('redirect');
    expect(pageKind('<html><head><meta name="description" content="noindex"></head></html>')).toBe('page');
  });

  it('robots.txt annonce le plan du site à son adresse', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${siteOf(DIST)}sitemap.xml`);
  });
});
