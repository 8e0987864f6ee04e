/**
 * sitemap.xml from the pages `astro build` actually wrote, not from a hand-kept list of routes.
 * A page is left out when search engines should not list it: it says `noindex` (404, /admin/, /embed/ charts made
 * for other sites' iframes) or it is a redirect page (its target is listed). Addresses come from src/lib/routes.ts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { absoluteUrl, href, PAGES } from '../lib/routes.ts';

export type PageKind = 'page' | 'noindex' | 'redirect';

/** Attributes of every `<meta>` of a page (Astro writes them with double quotes). */
const metas = (html: string): Record<string, string>[] =>
  [...html.matchAll(/<meta\b([^>]*)>/gi)].map((m) =>
    Object.fromEntries([...(m[1] ?? '').matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [(a[1] ?? '').toLowerCase(), a[2] ?? ''])),
  );

/** Whether a built page belongs in the sitemap, from its own HTML. */
export function pageKind(html: string): PageKind {
  const all = metas(html);
  if (all.some((m) => m['http-equiv']?.toLowerCase() === 'refresh')) return 'redirect';
  if (all.some((m) => m['name']?.toLowerCase() === 'robots' && /\bnoindex\b/i.test(m['content'] ?? ''))) return 'noindex';
  return 'page';
}

/**
 * Whether a built page is published, i.e. an address that must keep working (tests/permalinks.txt): every page
 * but the 404 page (« /404 », served for any unknown address) and the editor (/admin/, for contributors).
 */
export const isPublished = (path: string): boolean => path.endsWith('/') && !path.startsWith(PAGES.admin);

/** Site paths (« /temoignages/x/ », without the base) of the pages to list, sorted. */
export function sitemapPaths(pages: readonly { path: string; html: string }[]): string[] {
  return pages
    .filter((p) => isPublished(p.path) && pageKind(p.html) === 'page')
    .map((p) => p.path)
    .sort();
}

export function sitemapXml(paths: readonly string[]): string {
  const urls = paths.map((p) => `  <url><loc>${absoluteUrl(href(p))}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

export const sitemap = (): AstroIntegration => ({
  name: 'humain-dabord:sitemap',
  hooks: {
    'astro:build:done': ({ pages, dir, logger }) => {
      // `pathname` is the route without base nor leading slash (« temoignages/x/ », « » for the home page); the
      // 404 page's (« 404/ ») is written as 404.html, which is not a published address.
      const built = pages.flatMap(({ pathname }) => {
        const path = `/${pathname}`;
        const file = fileURLToPath(new URL(`.${path}index.html`, dir));
        return existsSync(file) ? [{ path, html: readFileSync(file, 'utf8') }] : [];
      });
      const paths = sitemapPaths(built);
      writeFileSync(fileURLToPath(new URL('sitemap.xml', dir)), sitemapXml(paths));
      logger.info(`sitemap.xml : ${String(paths.length)} pages sur ${String(built.length)} construites.`);
    },
  },
});
