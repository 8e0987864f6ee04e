import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages } from './dist.ts';
import { budgetProblems, externalFontProblems, HTML_CSS_BUDGET, imageDimensionProblems, JS_BUDGET, pageWeight } from './weight.ts';

describe('budgets de poids', () => {
  const pages = htmlPages();
  const read = (path: string) => readFileSync(join(DIST, path));

  it(`HTML + CSS ≤ ${HTML_CSS_BUDGET / 1024} Ko gzip et JS propre ≤ ${JS_BUDGET / 1024} Ko gzip par page`, () => {
    // Content pages only: the editor (/admin/, 2 MB of Sveltia CMS) is for contributors and budgeted apart.
    const { over, largest } = budgetProblems(
      pages.filter((page) => !page.path.startsWith('/admin/')),
      read,
    );
    console.log(`Budgets : ${String(pages.length)} pages ; la plus lourde ${largest.path} (${String(largest.htmlCss)} o gzip HTML+CSS)`);
    expect(over).toEqual([]);
  });

  it('pas de police web externe ; les polices éventuelles sont hébergées ici', () => {
    expect(externalFontProblems(pages, read)).toEqual([]);
  });

  it('les images ont leurs dimensions', () => {
    expect(imageDimensionProblems(pages)).toEqual([]);
  });

  it('le calcul du poids compte bien le CSS et le JS liés (contrôle du test)', () => {
    const html = '<link rel="stylesheet" href="/a.css"><script type="module" src="/b.js"></script>';
    const files: Record<string, Buffer> = { 'a.css': Buffer.from('x'.repeat(5000)), 'b.js': Buffer.from('y'.repeat(3000)) };
    const w = pageWeight(html, (p) => files[p] ?? Buffer.alloc(0));
    expect(w.js).toBe(gzipSync(files['b.js']!).length);
    expect(w.htmlCss).toBe(gzipSync(Buffer.from(html)).length + gzipSync(files['a.css']!).length);
  });
});
