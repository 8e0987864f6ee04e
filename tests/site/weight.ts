import { gzipSync } from 'node:zlib';

/**
 * Gzipped bytes a page needs: its HTML plus linked stylesheets, and its first-party scripts
 * (Pagefind's files are loaded only on demand by the search page and are budgeted apart).
 */
export function pageWeight(html: string, read: (path: string) => Buffer): { htmlCss: number; js: number } {
  const gz = (b: Buffer) => gzipSync(b).length;
  const local = (url: string) => url.replace(/^\//, '').split(/[?#]/)[0] ?? '';
  const css = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => local(m[1] ?? ''));
  const js = [...html.matchAll(/<script\b[^>]*src="([^"]+)"/g)].map((m) => local(m[1] ?? '')).filter((p) => !p.startsWith('pagefind/'));
  return {
    htmlCss: gz(Buffer.from(html)) + css.reduce((n, p) => n + gz(read(p)), 0),
    js: js.reduce((n, p) => n + gz(read(p)), 0),
  };
}
