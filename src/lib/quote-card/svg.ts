import { fontOf, glyphPath, type Weight } from './font.ts';
import type { CardLayout } from './layout.ts';

/** Colours on the card's background: text 16:1, speaker 8:1, source 8.5:1. */
export const CARD_COLORS = { background: '#fdfaf3', text: '#1b1b1b', accent: '#8a3a12', muted: '#4a4a4a' } as const;

const COLOR = { quote: CARD_COLORS.text, speaker: CARD_COLORS.accent, source: CARD_COLORS.muted, site: CARD_COLORS.text } as const;
const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The card as SVG, every letter drawn as its glyph outline from the font that measured it (no <text>: the picture
 * does not depend on the fonts of the machine that builds it). Each glyph is defined once and placed with <use>.
 * Not used by the build any more (raster.ts draws the cards): it is the reference that the renderer's test and
 * `npm run bench:cards` compare against, rasterised whole by sharp/librsvg.
 */
export function cardSvg(layout: CardLayout, title: string): string {
  const { width, height } = layout.format;
  const defs = new Map<string, string>();
  const groups: string[] = [];
  for (const l of layout.lines) {
    const font = fontOf(l.weight);
    const scale = l.size / font.unitsPerEm;
    const uses: string[] = [];
    let x = 0;
    for (const g of font.glyphsForString(l.text)) {
      const id = `g${l.weight}-${g.id}`;
      if (!defs.has(id)) defs.set(id, glyphPath(g));
      if (defs.get(id) !== '') uses.push(`<use href="#${id}" x="${Math.round(x)}"/>`);
      x += g.advanceWidth;
    }
    groups.push(
      `<g fill="${COLOR[l.role]}" transform="translate(${round(l.x)} ${round(l.y)}) scale(${round(scale * 1e4) / 1e4} ${-round(scale * 1e4) / 1e4})">${uses.join('')}</g>`,
    );
  }
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${esc(title)}</title>`,
    `<defs>${[...defs].map(([id, d]) => `<path id="${id}" d="${d}"/>`).join('')}</defs>`,
    `<rect width="${width}" height="${height}" fill="${CARD_COLORS.background}"/>`,
    `<rect width="14" height="${height}" fill="${CARD_COLORS.accent}"/>`,
    ...groups,
    '</svg>',
  ].join('');
}

export type { Weight };
