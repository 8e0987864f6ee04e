import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fr from '../../src/i18n/fr.json';
import { loadContent } from '../../src/lib/integrity/load.ts';
import { missingGlyphs, measure } from '../../src/lib/quote-card/font.ts';
import { CARD_FORMATS, cardText, fitProblems, FORMATS, layoutCard, type CardText } from '../../src/lib/quote-card/index.ts';
import { cacheKey } from '../../src/lib/quote-card/render.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/quote-cards/${name}`, import.meta.url), 'utf8').trim();
const { entries } = loadContent('content');
const sources = new Map(entries.filter((e) => e.collection === 'sources').map((e) => [e.id, e.data as { titre: string; organisation: string }]));
const cards = entries
  .filter((e) => e.collection === 'temoignages')
  .map((e) => {
    const d = e.data as { locuteur: string; role?: string; source: string };
    return { id: e.id, text: cardText({ body: e.body, data: d }, sources.get(d.source)!, fr['site.name']) };
  });
const card = (quote: string): CardText => ({ quote, speaker: 'Jamila', source: 'Cahier de recommandations — Partenaires', site: fr['site.name'] });

describe('quote cards: the fit test', () => {
  it('reads the real testimonies', () => {
    expect(cards.length).toBeGreaterThan(200);
  });

  it.each(CARD_FORMATS.map((f) => [f.name, f] as const))('every real testimony fits its %s card: each line measured within the text box', (_, format) => {
    const problems: string[] = [];
    for (const c of cards) {
      const layout = layoutCard(c.text, format);
      for (const l of layout.lines) {
        // Measured again here, independently of the layout's own figure.
        const width = measure(l.text, l.size, l.weight);
        if (width > format.width - 2 * format.padding) problems.push(`${c.id}: ${width.toFixed(0)} px : ${l.text}`);
      }
      problems.push(...fitProblems(layout).map((p) => `${c.id}: ${p}`));
      if (!layout.lines.some((l) => l.role === 'quote')) problems.push(`${c.id}: pas de citation`);
    }
    expect(problems).toEqual([]);
  });

  it('the font draws every character of every real card (no empty box)', () => {
    const missing = cards.flatMap((c) =>
      [...missingGlyphs(`${c.text.quote} ${c.text.source}`), ...missingGlyphs(c.text.speaker, 700)].map((ch) => `${c.id}: ${ch}`),
    );
    expect(missing).toEqual([]);
  });

  it('an unbreakable 400-character word is cut to fit; without the cut it overflows and the test sees it', () => {
    const word = fixture('mot-400.txt');
    expect(word.length).toBe(400);
    expect(fitProblems(layoutCard(card(word), FORMATS.landscape))).toEqual([]);
    expect(fitProblems(layoutCard(card(word), FORMATS.landscape, { breakWords: false })).join('\n')).toMatch(/ligne trop large/);
  });

  it('a long quote is shortened with « […] » at a word boundary; without shortening it overflows and the test sees it', () => {
    const quote = fixture('citation-longue.txt');
    for (const format of CARD_FORMATS) {
      const layout = layoutCard(card(quote), format);
      expect(layout.shortened).toBe(true);
      expect(fitProblems(layout)).toEqual([]);
      const shown = layout.lines
        .filter((l) => l.role === 'quote')
        .map((l) => l.text)
        .join(' ');
      expect(shown.endsWith('\u00a0[…]\u00a0»')).toBe(true);
      const kept = shown.slice(2, -'\u00a0[…]\u00a0»'.length);
      // A start of the quote that ends where a word ends.
      expect(quote.startsWith(kept)).toBe(true);
      expect(/[\s,;:.]/.test(quote.charAt(kept.length))).toBe(true);
      expect(fitProblems(layoutCard(card(quote), format, { shorten: false })).join('\n')).toMatch(/citation sous son cadre/);
    }
  });

  it('a short quote is not shortened and keeps its words', () => {
    const layout = layoutCard(card('Le code arrive trop tard.'), FORMATS.square);
    expect(layout.shortened).toBe(false);
    expect(layout.lines.filter((l) => l.role === 'quote').map((l) => l.text)).toEqual(['«\u00a0Le code arrive trop', 'tard.\u00a0»']);
  });
});

describe('quote cards: cache key', () => {
  it('the same words give the same file; a changed word or format, another', () => {
    const a = card('Le code arrive trop tard.');
    expect(cacheKey({ text: a, format: '1200x630' })).toBe(cacheKey({ text: { ...a }, format: '1200x630' }));
    expect(cacheKey({ text: a, format: '1200x630' })).not.toBe(cacheKey({ text: { ...a, quote: 'Le code arrive tard.' }, format: '1200x630' }));
    expect(cacheKey({ text: a, format: '1200x630' })).not.toBe(cacheKey({ text: a, format: '1080x1080' }));
  });
});
