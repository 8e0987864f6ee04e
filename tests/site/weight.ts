import { gzipSync } from 'node:zlib';

/**
 * Gzipped bytes a page needs: its HTML plus linked stylesheets, and its first-party scripts
 * (Pagefind's files are loaded only on demand by the search page and are budgeted apart).
 */
export function pageWeight(html: string, read: (path: string) => Buffer): { htmlCss: number; js: number } {
  const gz = (b: Buffer) => gzipSync(b).length;
  const local = (url: string) => url.replace(/^\//, '').split(/[?#]/)[0] ?? '';
  const ours = (url: string) => !/^(?:[a-z]+:)?\/\//i.test(url); // another site's file is the font and request gates' business
  const css = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)]
    .map((m) => m[1] ?? '')
    .filter(ours)
    .map(local);
  const js = [...html.matchAll(/<script\b[^>]*src="([^"]+)"/g)]
    .map((m) => m[1] ?? '')
    .filter(ours)
    .map(local)
    .filter((p) => !p.startsWith('pagefind/'));
  return {
    htmlCss: gz(Buffer.from(html)) + css.reduce((n, p) => n + gz(read(p)), 0),
    js: js.reduce((n, p) => n + gz(read(p)), 0),
  };
}

export const HTML_CSS_BUDGET = 40 * 1024;
export const JS_BUDGET = 10 * 1024;

/** Pages over budget, one line each naming the page; `largest` is the heaviest page (HTML + CSS). */
export function budgetProblems(pages: readonly { path: string; html: string }[], read: (path: string) => Buffer) {
  const over: string[] = [];
  let largest = { path: '', htmlCss: 0 };
  for (const p of pages) {
    const w = pageWeight(p.html, read);
    if (w.htmlCss > largest.htmlCss) largest = { path: p.path, htmlCss: w.htmlCss };
    if (w.htmlCss > HTML_CSS_BUDGET) over.push(`${p.path} : HTML+CSS ${String(w.htmlCss)} o gzip (budget ${String(HTML_CSS_BUDGET)})`);
    if (w.js > JS_BUDGET) over.push(`${p.path} : JS ${String(w.js)} o gzip (budget ${String(JS_BUDGET)})`);
  }
  return { over, largest };
}

const EXTERNAL_FONT = /@import\s+url\(\s*['"]?https?:|@font-face[^}]*url\(\s*['"]?https?:/;

/** Pages that would load a web font from another site: a stylesheet link to another origin, or local CSS that does. */
export function externalFontProblems(pages: readonly { path: string; html: string }[], read: (path: string) => Buffer): string[] {
  const problems: string[] = [];
  for (const p of pages) {
    for (const m of p.html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) {
      const href = m[1] ?? '';
      if (/^(?:https?:)?\/\//.test(href)) problems.push(`${p.path} : feuille de style d’un autre site ${href}`);
      else if (EXTERNAL_FONT.test(read(href.replace(/^\//, '').split(/[?#]/)[0] ?? '').toString('utf8')))
        problems.push(`${p.path} : ${href} charge une police d’un autre site`);
    }
  }
  return problems;
}

/** `<img>` without width and height: the page jumps when the image arrives (layout shift). One line per image, naming the page. */
export function imageDimensionProblems(pages: readonly { path: string; html: string }[]): string[] {
  return pages.flatMap((p) =>
    [...p.html.matchAll(/<img\b[^>]*>/g)].filter((m) => !/\bwidth=/.test(m[0]) || !/\bheight=/.test(m[0])).map((m) => `${p.path} : ${m[0]}`),
  );
}
