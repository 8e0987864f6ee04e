import { describe, expect, it } from 'vitest';
import { pageUrl } from '../../src/lib/routes.ts';
import { htmlPages } from './dist.ts';

/** « Besoin d'aide ? » is one tap away from any page: a link in the header of every page, and under every testimony. */
describe('help page reachable in one tap', () => {
  const pages = htmlPages().filter((p) => !p.path.startsWith('/admin/') && !p.path.startsWith('/embed/'));
  const help = pageUrl('help');

  it('every page has the help link in its header', () => {
    expect(pages.length).toBeGreaterThan(100);
    const missing = pages.filter((p) => !/<header[\s\S]*?<\/header>/.exec(p.html)?.[0].includes(`href="${help}"`)).map((p) => p.path);
    expect(missing).toEqual([]);
  });

  it('every testimony says where to get help', () => {
    const testimonies = pages.filter(
      (p) => /^\/temoignages\/[^/]+\/$/.test(p.path) && !/^\/temoignages\/page\//.test(p.path) && p.html.includes('class="quote"'),
    );
    expect(testimonies.length).toBeGreaterThan(20);
    for (const p of testimonies) expect(p.html.split(`href="${help}"`).length - 1, p.path).toBeGreaterThanOrEqual(2);
  });

  it('the help page exists and gives callable numbers', () => {
    const page = pages.find((p) => p.path === '/aide/');
    expect(page).toBeDefined();
    expect(page!.html).toMatch(/href="tel:\+3225496700"/);
  });
});
