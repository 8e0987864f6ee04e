import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font, type Glyph } from 'fontkitten';

/**
 * The cards' typeface: Atkinson Hyperlegible Next (SIL Open Font License), designed for readers with low vision,
 * installed from npm. The same font file measures the lines and draws them (glyph outlines become SVG paths), so a
 * measured width is the drawn width, whatever fonts the building machine has.
 */
const require = createRequire(import.meta.url);
const file = (weight: Weight) => require.resolve(`@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-${weight}-normal.woff`);

export type Weight = 400 | 700;
const fonts = new Map<Weight, Font>();

export function fontOf(weight: Weight): Font {
  const cached = fonts.get(weight);
  if (cached) return cached;
  const font = create(readFileSync(file(weight)));
  if (font.isCollection) throw new Error(`police de collection inattendue : ${file(weight)}`);
  fonts.set(weight, font);
  return font;
}

/** Advance width of a text at `size` px, in px: the sum of the glyphs' advances (the cards draw no kerning either). */
export function measure(text: string, size: number, weight: Weight = 400): number {
  const font = fontOf(weight);
  const advances = advanceCache.get(weight) ?? new Map<number, number>();
  advanceCache.set(weight, advances);
  let units = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    let a = advances.get(cp);
    if (a === undefined) {
      // The same one-to-one character → glyph mapping as glyphsForString(), which draws the card.
      a = font.glyphForCodePoint(cp).advanceWidth;
      advances.set(cp, a);
    }
    units += a;
  }
  return (units * size) / font.unitsPerEm;
}
const advanceCache = new Map<Weight, Map<number, number>>();

/** Characters the font cannot draw (they would print as an empty box). */
export function missingGlyphs(text: string, weight: Weight = 400): string[] {
  const font = fontOf(weight);
  const missing = new Set<string>();
  // Code point by code point, as glyphsForString() maps them.
  for (const c of text) if (!/\s/.test(c) && !font.hasGlyphForCodePoint(c.codePointAt(0)!)) missing.add(c);
  return [...missing];
}

/** A glyph's outline as SVG path data in font units, rounded to whole units (the same outline for every renderer). */
export const glyphPath = (g: Glyph): string => g.path.toSVG().replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n))));
