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

/** Built HTML pages (Pagefind's own files excluded), with their URL path. */
export function htmlPages(dist = DIST): { file: string; path: string; html: string }[] {
  return walk(dist)
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .map((f) => ({ file: join(dist, f), path: `/${f.replace(/index\.html$/, '').replace(/\.html$/, '')}`, html: readFileSync(join(dist, f), 'utf8') }));
}
