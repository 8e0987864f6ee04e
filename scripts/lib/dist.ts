import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = 'dist';

/** Every file under a folder, as paths relative to it. */
export function walk(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full, base) : [relative(base, full).split(sep).join('/')];
  });
}

/** A page that only sends the reader to a moved page's new address (src/pages/[...deplace].astro). */
export const isRedirectPage = (html: string): boolean => /<meta http-equiv="refresh"/.test(html);

/** Every built HTML file (Pagefind's own files excluded), with its URL path, not read yet: pages and redirect pages. */
export function htmlFileNames(dist = DIST): { file: string; path: string }[] {
  return walk(dist)
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .map((f) => ({ file: join(dist, f), path: `/${f.replace(/index\.html$/, '').replace(/\.html$/, '')}` }));
}

/** Every built HTML file with its URL path and its text: pages and redirect pages. */
export function htmlFiles(dist = DIST): { file: string; path: string; html: string }[] {
  return htmlFileNames(dist).map((f) => ({ ...f, html: readFileSync(f.file, 'utf8') }));
}

/** Built pages a reader reads (redirect pages left out: they are checked by tests/site/permalinks.test.ts). */
export const htmlPages = (dist = DIST): { file: string; path: string; html: string }[] => htmlFiles(dist).filter((p) => !isRedirectPage(p.html));

/**
 * The template a page is built from, read from its path: the first segment kept, each deeper one replaced by « * »
 * (/temoignages/x/ → /temoignages/*, /themes/x/fiche/ → /themes/*\/*, / → /).
 */
export function templateOf(path: string): string {
  const [first, ...rest] = path.split('/').filter(Boolean);
  return first === undefined ? '/' : ['', first, ...rest.map(() => '*')].join('/');
}

/**
 * A few pages of every template: the first `perTemplate` in path order and the largest one (the most content, the
 * most varied markup). Deterministic, so that a failure found on the sample is found again on the next run.
 */
export function templateSample<P extends { path: string; html: string }>(pages: readonly P[], perTemplate = 2): P[] {
  const byTemplate = Map.groupBy(
    [...pages].sort((a, b) => a.path.localeCompare(b.path)),
    (p) => templateOf(p.path),
  );
  return [...byTemplate.values()].flatMap((group) => {
    const largest = group.reduce((a, b) => (b.html.length > a.html.length ? b : a));
    return [...new Set([...group.slice(0, perTemplate), largest])];
  });
}
