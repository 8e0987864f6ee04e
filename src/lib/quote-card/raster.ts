import sharp from 'sharp';
import { fontOf, glyphPath, type Weight } from './font.ts';
import type { CardLayout, CardLine } from './layout.ts';
import { encodeIndexedPng } from './png.ts';
import { CARD_COLORS } from './svg.ts';

/**
 * The card drawn without an SVG of the whole card: each glyph (weight, size, glyph, subpixel offset) is rasterised
 * once by sharp/librsvg into an 8-bit coverage mask kept for the build, then the card is composed in JavaScript into
 * one indexed buffer whose palette is known in advance (background, the accent bar, blend levels of each text colour),
 * so no quantisation is needed. A card then costs a few milliseconds of JavaScript and one deflate off the main thread.
 */

/** Blend levels between the background and each text colour (LEVELS × 3 inks + the background = 25 palette entries). */
export const LEVELS = 8;
/** Horizontal subpixel positions per pixel: with whole pixels only, letter gaps looked uneven at the small sizes. */
export const SUBPIXELS = 4;
/** Width of the accent bar on the left edge, px. */
export const BAR = 14;

const INKS = [CARD_COLORS.text, CARD_COLORS.accent, CARD_COLORS.muted] as const;
const INK: Record<CardLine['role'], number> = { quote: 0, speaker: 1, source: 2, site: 0 };

const rgb = (hex: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/** Palette: 0 = background, then for each ink LEVELS entries from the lightest blend to the ink itself. */
export const PALETTE: Uint8Array = (() => {
  const bg = rgb(CARD_COLORS.background);
  const out = new Uint8Array(3 * (1 + INKS.length * LEVELS));
  out.set(bg, 0);
  INKS.forEach((hex, ink) => {
    const c = rgb(hex);
    for (let level = 1; level <= LEVELS; level++)
      out.set(
        bg.map((b, k) => Math.round(b + ((c[k]! - b) * level) / LEVELS)),
        3 * (1 + ink * LEVELS + level - 1),
      );
  });
  return out;
})();

/** Palette index of full coverage by `ink`. */
const solid = (ink: number) => 1 + ink * LEVELS + LEVELS - 1;

interface Mask {
  /** Offset of the mask's top-left pixel from the pen position (whole pixel) on the baseline. */
  left: number;
  top: number;
  width: number;
  height: number;
  /** Coverage 0–255, row by row. */
  alpha: Uint8Array;
}

/** Each glyph's SUBPIXELS masks, by weight, size and glyph. */
const masks = new Map<string, Promise<(Mask | null)[]>>();

/** One glyph's coverage at `size` px, its pen position `sub / SUBPIXELS` px right of a whole pixel; null for a blank glyph. */
async function glyphMask(weight: Weight, size: number, glyphId: number, sub: number): Promise<Mask | null> {
  const key = `${weight}/${size}/${glyphId}`;
  let variants = masks.get(key);
  if (!variants) {
    variants = rasterise(weight, size, glyphId);
    masks.set(key, variants);
  }
  return (await variants)[sub]!;
}

/** The glyph's SUBPIXELS positions in one picture, one above the other: one call to sharp instead of four. */
async function rasterise(weight: Weight, size: number, glyphId: number): Promise<(Mask | null)[]> {
  const font = fontOf(weight);
  const glyph = font.getGlyph(glyphId);
  const d = glyphPath(glyph);
  if (d === '') return Array.from({ length: SUBPIXELS }, () => null);
  const scale = size / font.unitsPerEm;
  // The control box holds the outline; one pixel of margin for antialiasing, and room for the last subpixel shift.
  const box = glyph.cbox;
  const left = Math.floor(box.minX * scale) - 1;
  const top = Math.floor(-box.maxY * scale) - 1;
  const width = Math.ceil(box.maxX * scale + 1) + 1 - left;
  const height = Math.ceil(-box.minY * scale) + 1 - top;
  const paths = Array.from(
    { length: SUBPIXELS },
    (_, sub) => `<path transform="translate(${sub / SUBPIXELS - left} ${sub * height - top}) scale(${scale} ${-scale})" d="${d}"/>`,
  );
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height * SUBPIXELS}">${paths.join('')}</svg>`;
  const alpha = await sharp(Buffer.from(svg)).ensureAlpha().extractChannel(3).raw().toBuffer();
  return paths.map((_, sub) => ({ left, top, width, height, alpha: new Uint8Array(alpha.buffer, alpha.byteOffset + sub * width * height, width * height) }));
}

interface Placed {
  mask: Promise<Mask | null>;
  x: number;
  y: number;
  ink: number;
}

/** Where each glyph goes: pen positions from the same advances that measured the line, baselines on whole pixels. */
function place(layout: CardLayout): Placed[] {
  const placed: Placed[] = [];
  for (const l of layout.lines) {
    const font = fontOf(l.weight);
    const scale = l.size / font.unitsPerEm;
    const y = Math.round(l.y);
    let advance = 0;
    for (const g of font.glyphsForString(l.text)) {
      const pen = l.x + advance * scale;
      const whole = Math.floor(pen);
      let sub = Math.round((pen - whole) * SUBPIXELS);
      const x = sub === SUBPIXELS ? whole + 1 : whole;
      if (sub === SUBPIXELS) sub = 0;
      placed.push({ mask: glyphMask(l.weight, l.size, g.id, sub), x, y, ink: INK[l.role] });
      advance += g.advanceWidth;
    }
  }
  return placed;
}

/** Palette index of each (ink, coverage): coverage rounded to the nearest of the LEVELS blends, 0 the background. */
const LUT: Uint8Array = (() => {
  const lut = new Uint8Array(INKS.length * 256);
  for (let ink = 0; ink < INKS.length; ink++)
    for (let a = 0; a < 256; a++) {
      const level = Math.round((a * LEVELS) / 255);
      lut[ink * 256 + a] = level === 0 ? 0 : 1 + ink * LEVELS + level - 1;
    }
  return lut;
})();

/** Coverage buffers, one per card size, reused: the composition runs without a pause, card after card. */
const covers = new Map<number, Uint8Array>();
/** Scanline buffers handed to the deflate and taken back when it is done (allocating 1 MB per card cost as much as drawing it). */
const spare = new Map<number, Uint8Array[]>();

/**
 * The card as PNG scanlines: each row a filter byte (0, « none »: the usual best for palette images, PNG specification 12.8) then one palette index per pixel. The buffer comes from
 * a pool: give it back with `release` once encoded.
 */
export async function composeCard(layout: CardLayout): Promise<{ width: number; height: number; rows: Uint8Array }> {
  const { width, height } = layout.format;
  const placed = place(layout);
  const found = await Promise.all(placed.map((p) => p.mask));
  const stride = width + 1;
  const size = width * height;
  let cover = covers.get(size);
  if (cover) cover.fill(0);
  else covers.set(size, (cover = new Uint8Array(size)));
  const rows = spare.get(size)?.pop()?.fill(0) ?? new Uint8Array(stride * height);
  placed.forEach((p, i) => {
    const m = found[i];
    if (!m) return;
    const lut = p.ink * 256;
    const x0 = p.x + m.left;
    const y0 = p.y + m.top;
    const c0 = Math.max(0, -x0);
    const c1 = Math.min(m.width, width - x0);
    for (let r = Math.max(0, -y0); r < m.height && y0 + r < height; r++) {
      const at0 = (y0 + r) * width + x0;
      const out0 = (y0 + r) * stride + 1 + x0;
      const from = r * m.width;
      for (let c = c0; c < c1; c++) {
        const a = m.alpha[from + c]!;
        if (a === 0) continue;
        // Neighbouring glyphs' edges add up as librsvg's "over" does: a + b − ab.
        const b = cover[at0 + c]!;
        const sum = b === 0 ? a : a + b - Math.round((a * b) / 255);
        cover[at0 + c] = sum;
        rows[out0 + c] = LUT[lut + sum]!;
      }
    }
  });
  const bar = solid(INK.speaker);
  for (let y = 0; y < height; y++) rows.fill(bar, y * stride + 1, y * stride + 1 + BAR);
  return { width, height, rows };
}

const release = (width: number, height: number, rows: Uint8Array) => {
  const list = spare.get(width * height) ?? [];
  spare.set(width * height, list);
  if (list.length < 8) list.push(rows);
};

/** The card's PNG: indexed colours, the card's words as its title (what the SVG's <title> carried). */
export async function cardPng(layout: CardLayout, title: string, level: number = PNG_LEVEL): Promise<Buffer> {
  const { width, height, rows } = await composeCard(layout);
  try {
    return await encodeIndexedPng({ width, height, palette: PALETTE, rows, title, level });
  } finally {
    release(width, height, rows);
  }
}

/** zlib level of the cards' PNG, chosen by measurement: from 6 to 4 the deflate takes half the time for 9 % more bytes; at 3 the files grow by another 20 % (BENCHMARKS.md, « Cartes de citation »). */
export const PNG_LEVEL = 4;

/** Glyph masks kept for the build (figures for the benchmark). */
export const glyphCacheSize = (): number => masks.size * SUBPIXELS;
