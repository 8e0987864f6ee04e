import { describe, expect, it } from 'vitest';
import { outsideQuotes } from '../../src/lib/locator.ts';
import { htmlPages } from './dist.ts';

/**
 * Interface text is written without inclusive-writing dots (« qualifiés·ées »): readers who read little stumble on them.
 * Checked in the built pages, on what is in our words: the header, footer, navigation, headings, labels, buttons and
 * the « Emplacement » of a source. The people's and sources' own words (quotes, bylines, titles between « ») stay as printed.
 */
const OURS = /<(h1|h2|h3|dt|button|summary|label|th)\b[^>]*>([\s\S]*?)<\/\1>|<(header|footer|nav)\b[^>]*>([\s\S]*?)<\/\3>/g;
const DOT = /[^\s«»]*\p{L}·\p{L}[^\s«»]*/gu;
const decode = (s: string) =>
  s
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const textOf = (html: string) => decode(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');

export function dottedInterfaceText(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(OURS)) for (const d of outsideQuotes(textOf(m[2] ?? m[4] ?? '')).matchAll(DOT)) found.push(d[0]);
  // The locator under a quote, shown after « Emplacement ».
  for (const m of html.matchAll(/<dt>Emplacement<\/dt>\s*<dd>([\s\S]*?)<\/dd>/g)) for (const d of outsideQuotes(textOf(m[1]!)).matchAll(DOT)) found.push(d[0]);
  return found;
}

describe('pas de point médian dans nos mots', () => {
  it('finds them in a page made for the purpose (control of the test)', () => {
    expect(dottedInterfaceText('<h2>Les élu·es</h2><dt>Emplacement</dt><dd>Partie « Les citoyen·nes », pour les professionnel·les</dd>')).toEqual([
      'élu·es',
      'professionnel·les',
    ]);
    expect(dottedInterfaceText('<blockquote>les citoyen·nes</blockquote><h2>« Les élu·es »</h2>')).toEqual([]);
  });

  it('no page has one in its headings, labels, buttons, header, footer or locators', () => {
    const pages = htmlPages().filter((p) => !p.path.startsWith('/admin/'));
    expect(pages.length).toBeGreaterThan(100);
    const found = pages.flatMap((p) => dottedInterfaceText(p.html).map((d) => `${p.path}: ${d}`));
    expect(found).toEqual([]);
  });
});
