import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Whether a URL path resolves in a built site folder, the way a static host serves it (file, page.html, dir/index.html). */
export const existsIn =
  (root: string) =>
  (path: string): boolean => {
    const file = join(root, decodeURIComponent(path));
    return existsSync(`${file}.html`) || (existsSync(file) && (statSync(file).isFile() || existsSync(join(file, 'index.html'))));
  };

/**
 * Internal links of built pages: every href/src to our origin must hit a file, every #fragment an id on that page.
 * `pages` have paths as built (without the base path); links carry the base (`site` = origin + base of the build).
 */
export function brokenLinks(pages: readonly { path: string; html: string }[], exists: (path: string) => boolean, site = 'http://site/'): string[] {
  const { origin, pathname: base } = new URL(site);
  const ids = new Map<string, Set<string>>();
  for (const p of pages) ids.set(p.path, new Set([...p.html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '')));
  const broken: string[] = [];
  for (const p of pages) {
    for (const m of p.html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = (m[1] ?? '').replace(/&amp;/g, '&');
      const url = new URL(raw, `${origin}${base}${p.path.slice(1)}`);
      if (url.origin !== origin) continue; // other schemes and origins
      if (!url.pathname.startsWith(base)) {
        broken.push(`${p.path} → ${raw} (hors du chemin de base ${base})`);
        continue;
      }
      const target = `/${url.pathname.slice(base.length)}`;
      const page = target.endsWith('/') ? target : target.replace(/\/index\.html$/, '/');
      if (!exists(target)) {
        broken.push(`${p.path} → ${raw} (cible absente)`);
        continue;
      }
      if (url.hash.length > 1) {
        const anchors = ids.get(page);
        const id = decodeURIComponent(url.hash.slice(1));
        if (anchors && !anchors.has(id)) broken.push(`${p.path} → ${raw} (ancre #${id} absente)`);
      }
    }
  }
  return broken;
}
