import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages, walk } from './dist.ts';
import { pageWeight } from './weight.ts';

const HTML_CSS_BUDGET = 40 * 1024;
const JS_BUDGET = 10 * 1024;

describe('budgets de poids', () => {
  const pages = htmlPages();
  const read = (path: string) => readFileSync(join(DIST, path));

  it(`HTML + CSS ≤ ${HTML_CSS_BUDGET / 1024} Ko gzip et JS propre ≤ ${JS_BUDGET / 1024} Ko gzip par page`, () => {
    const over: string[] = [];
    let largest = { path: '', htmlCss: 0 };
    // Content pages only: the editor (/admin/, 2 MB of Sveltia CMS) is for contributors and budgeted apart.
    for (const p of pages.filter((page) => !page.path.startsWith('/admin/'))) {
      const w = pageWeight(p.html, read);
      if (w.htmlCss > largest.htmlCss) largest = { path: p.path, htmlCss: w.htmlCss };
      if (w.htmlCss > HTML_CSS_BUDGET) over.push(`${p.path} : HTML+CSS ${w.htmlCss} o gzip`);
      if (w.js > JS_BUDGET) over.push(`${p.path} : JS ${w.js} o gzip`);
    }
    console.log(`Budgets : ${pages.length} pages ; la plus lourde ${largest.path} (${largest.htmlCss} o gzip HTML+CSS)`);
    expect(over).toEqual([]);
  });

  it('pas de police web externe ; les polices éventuelles sont hébergées ici', () => {
    const css = walk(DIST)
      .filter((f) => f.endsWith('.css'))
      .map((f) => read(f).toString('utf8'));
    for (const c of css) expect(c).not.toMatch(/@import\s+url\(\s*['"]?https?:|@font-face[^}]*url\(\s*['"]?https?:/);
  });

  it('les images ont leurs dimensions', () => {
    const missing = pages.flatMap((p) =>
      [...p.html.matchAll(/<img\b[^>]*>/g)].filter((m) => !/\bwidth=/.test(m[0]) || !/\bheight=/.test(m[0])).map((m) => `${p.path}: ${m[0]}`),
    );
    expect(missing).toEqual([]);
  });

  it('le calcul du poids compte bien le CSS et le JS liés (contrôle du test)', () => {
    const html = '<link rel="stylesheet" href="/a.css"><script type="module" src="/b.js"></script>';
    const files: Record<string, Buffer> = { 'a.css': Buffer.from('x'.repeat(5000)), 'b.js': Buffer.from('y'.repeat(3000)) };
    const w = pageWeight(html, (p) => files[p] ?? Buffer.alloc(0));
    expect(w.js).toBe(gzipSync(files['b.js']!).length);
    expect(w.htmlCss).toBe(gzipSync(Buffer.from(html)).length + gzipSync(files['a.css']!).length);
  });
});
