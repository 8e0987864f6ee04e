import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { CARD_FORMATS, FORMATS, layoutCard, type CardLayout, type CardText } from '../../src/lib/quote-card/index.ts';
import { BAR, cardPng } from '../../src/lib/quote-card/raster.ts';
import { CARD_COLORS, cardSvg } from '../../src/lib/quote-card/svg.ts';

// The fast renderer (glyph masks composed in JavaScript) against librsvg drawing the same layout as one SVG.
const fixture = (name: string) => readFileSync(new URL(`../fixtures/quote-cards/${name}`, import.meta.url), 'utf8').trim();
const card = (quote: string, speaker = 'Marie, assistante sociale'): CardText => ({
  quote,
  speaker,
  source: 'Cahier de recommandations — Partenaires du Brabant wallon (journée du 14 février 2023)',
  site: "Humain d'abord",
});
const cases: [string, CardLayout][] = [
  ...CARD_FORMATS.map((f): [string, CardLayout] => [`citation longue raccourcie, ${f.name}`, layoutCard(card(fixture('citation-longue.txt')), f)]),
  ...CARD_FORMATS.map((f): [string, CardLayout] => [`citation courte, ${f.name}`, layoutCard(card('Le code arrive trop tard.', 'Jamila'), f)]),
];

const rgb = async (png: Buffer | string) => {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
};
const BG = [1, 3, 5].map((i) => parseInt(CARD_COLORS.background.slice(i, i + 2), 16));

/** Box around the pixels that differ clearly from the background, right of the accent bar. */
function inkBox({ data, width, height }: { data: Buffer; width: number; height: number }) {
  let [x0, y0, x1, y1] = [width, height, -1, -1];
  for (let y = 0; y < height; y++)
    for (let x = BAR + 2; x < width; x++) {
      const i = 3 * (y * width + x);
      if (Math.abs(data[i]! - BG[0]!) + Math.abs(data[i + 1]! - BG[1]!) + Math.abs(data[i + 2]! - BG[2]!) > 96) {
        x0 = Math.min(x0, x);
        y0 = Math.min(y0, y);
        x1 = Math.max(x1, x);
        y1 = Math.max(y1, y);
      }
    }
  return [x0, y0, x1, y1];
}

describe('quote cards: the renderer', () => {
  it.each(cases)('%s: like librsvg drawing the same layout (mean difference on inked pixels < 10, ink box within 2 px)', async (_, layout) => {
    const mine = await rgb(await cardPng(layout, 'Jamila'));
    const ref = await rgb(
      await sharp(Buffer.from(cardSvg(layout, 'Jamila')))
        .png()
        .toBuffer(),
    );
    expect([mine.width, mine.height]).toEqual([layout.format.width, layout.format.height]);
    // Over the pixels that either image inks (not the background, which matches by construction): the figure does not
    // shrink when a card has less text.
    let sum = 0;
    let inked = 0;
    for (let i = 0; i < ref.data.length; i += 3) {
      const ink = (d: Buffer) => d[i] !== BG[0] || d[i + 1] !== BG[1] || d[i + 2] !== BG[2];
      if (!ink(mine.data) && !ink(ref.data)) continue;
      inked += 3;
      for (let k = 0; k < 3; k++) sum += Math.abs(mine.data[i + k]! - ref.data[i + k]!);
    }
    // Measured 2.6–5.3 per channel (0–255): an edge pixel's blend rounded to one of 8 steps (a step of the text colour
    // is 28) and glyphs placed at quarter pixels. Every line one pixel too low measured 24–48; a missing glyph, a wrong
    // colour or a wrong baseline, more.
    expect(sum / inked).toBeLessThan(10);
    const [a, b] = [inkBox(mine), inkBox(ref)];
    for (let k = 0; k < 4; k++) expect(Math.abs(a[k]! - b[k]!)).toBeLessThanOrEqual(2);
  });

  it('writes an indexed-colour PNG with the card title, the same bytes every time', async () => {
    const layout = layoutCard(card('Le code arrive trop tard.', 'Jamila'), FORMATS.landscape);
    const png = await cardPng(layout, 'Jamila — Humain d’abord');
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect(png[25]).toBe(3); // colour type 3: palette
    expect(png.includes(Buffer.from('iTXtTitle\0\0\0\0\0Jamila — Humain d’abord', 'utf8'))).toBe(true);
    expect((await cardPng(layout, 'Jamila — Humain d’abord')).equals(png)).toBe(true);
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height, meta.isPalette]).toEqual(['png', 1200, 630, true]);
  });
});
