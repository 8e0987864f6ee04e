import { measure, type Weight } from './font.ts';

/**
 * Where every line of a quote card goes: the quote wrapped at the largest size that fits, shortened with « […] » at a
 * word boundary when even the smallest size is not enough, then the speaker, the source and the site's name.
 * Pure: the fit test checks these numbers for every real testimony.
 */
export interface CardText {
  /** The words, as plain text (no guillemets: the card adds them). */
  quote: string;
  /** Who speaks, as attributed (« Jamila », « Marie, assistante sociale »). */
  speaker: string;
  /** The source's short title. */
  source: string;
  /** The site's name. */
  site: string;
}

export interface CardFormat {
  name: '1200x630' | '1080x1080';
  width: number;
  height: number;
  padding: number;
  /** Quote sizes tried, largest first. */
  quoteSizes: readonly number[];
  /** Speaker, source and site sizes, px. */
  small: { speaker: number; source: number; site: number };
}

export const FORMATS = {
  landscape: {
    name: '1200x630',
    width: 1200,
    height: 630,
    padding: 60,
    quoteSizes: [66, 60, 54, 48, 44, 40, 36],
    small: { speaker: 32, source: 24, site: 26 },
  },
  square: { name: '1080x1080', width: 1080, height: 1080, padding: 72, quoteSizes: [84, 76, 68, 60, 54, 48, 42], small: { speaker: 38, source: 28, site: 30 } },
} as const satisfies Record<string, CardFormat>;

export interface CardLine {
  text: string;
  x: number;
  /** Baseline, whole pixels. */
  y: number;
  size: number;
  weight: Weight;
  /** Measured advance width, px. */
  width: number;
  /** Room on this line, px. */
  maxWidth: number;
  role: 'quote' | 'speaker' | 'source' | 'site';
}

export interface CardLayout {
  format: CardFormat;
  lines: CardLine[];
  /** The quote had to be shortened: the page links to the whole text. */
  shortened: boolean;
  /** Bottom of the quote's box, px: no quote line may go below it. */
  quoteBottom: number;
}

export interface LayoutOptions {
  /** Shorten a quote that does not fit (off only to prove that the fit test catches it). */
  shorten?: boolean;
  /** Break a word wider than the line (off only to prove that the fit test catches it). */
  breakWords?: boolean;
}

const LINE = 1.3;
const NBSP = '\u00a0';
const OPEN = `«${NBSP}`;
const CLOSE = `${NBSP}»`;
const CUT = `${NBSP}[…]`;
const SPACES = /[ \t\n\r]+/;

/** Splits a word wider than `max` into pieces that fit (a 400-letter « word » must not leave the card). */
function breakWord(word: string, max: number, size: number, weight: Weight): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const ch of word) {
    if (current !== '' && measure(current + ch, size, weight) > max) {
      pieces.push(current);
      current = ch;
    } else current += ch;
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

/** Greedy wrapping on ordinary spaces (never on a non-breaking one), with measured widths (additive: no kerning). */
export function wrap(text: string, max: number, size: number, weight: Weight = 400, breakWords = true): string[] {
  const space = measure(' ', size, weight);
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const w of text.split(SPACES).filter(Boolean)) {
    const ww = measure(w, size, weight);
    if (line !== '' && width + space + ww <= max) {
      line = `${line} ${w}`;
      width += space + ww;
      continue;
    }
    if (line !== '') lines.push(line);
    if (breakWords && ww > max) {
      const pieces = breakWord(w, max, size, weight);
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1) ?? '';
    } else line = w;
    width = measure(line, size, weight);
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The longest start of `words` (cut after a word) that, with « […] » and the closing guillemet, fits in `maxLines`. */
function shortenedLines(words: readonly string[], max: number, size: number, maxLines: number, breakWords: boolean): string[] {
  let lo = 1;
  let hi = words.length;
  let best = wrap(`${OPEN}${CUT.trim()}${CLOSE}`, max, size, 400, breakWords);
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const text = `${OPEN}${words
      .slice(0, mid)
      .join(' ')
      .replace(/[\s,;:.]+$/, '')}${CUT}${CLOSE}`;
    const lines = wrap(text, max, size, 400, breakWords);
    if (lines.length <= maxLines) {
      best = lines;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** One line, shortened with « … » if it is wider than `max` (a long source title or role). */
function oneLine(text: string, max: number, size: number, weight: Weight): string {
  if (measure(text, size, weight) <= max) return text;
  const words = text.split(' ');
  while (words.length > 1 && measure(`${words.join(' ')}…`, size, weight) > max) words.pop();
  const kept = `${words.join(' ').replace(/[\s,;:–—-]+$/, '')}…`;
  return measure(kept, size, weight) <= max ? kept : `${breakWord(text, max - measure('…', size, weight), size, weight)[0] ?? ''}…`;
}

// Baselines on whole pixels: the renderer draws each glyph's rasterised mask at a whole row (raster.ts).
const line = (text: string, x: number, y: number, size: number, weight: Weight, maxWidth: number, role: CardLine['role']): CardLine => ({
  text,
  x,
  y: Math.round(y),
  size,
  weight,
  width: measure(text, size, weight),
  maxWidth,
  role,
});

export function layoutCard(card: CardText, format: CardFormat, options: LayoutOptions = {}): CardLayout {
  const { shorten = true, breakWords = true } = options;
  const { width, height, padding, small } = format;
  const inner = width - 2 * padding;
  // From the bottom up: the site's name, the source, then the speaker (at most two lines) under the quote.
  const siteY = height - padding;
  const sourceY = siteY - small.site * 1.6;
  const lines: CardLine[] = [
    line(oneLine(card.site, inner, small.site, 700), padding, siteY, small.site, 700, inner, 'site'),
    line(oneLine(card.source, inner, small.source, 400), padding, sourceY, small.source, 400, inner, 'source'),
  ];
  const wrappedSpeaker = wrap(`—${NBSP}${card.speaker}`, inner, small.speaker, 700);
  const speaker = wrappedSpeaker.length > 2 ? [wrappedSpeaker[0]!, oneLine(wrappedSpeaker.slice(1).join(' '), inner, small.speaker, 700)] : wrappedSpeaker;
  const speakerTop = sourceY - small.source * 2.4 - (speaker.length - 1) * small.speaker * LINE;
  speaker.forEach((text, i) => lines.push(line(text, padding, speakerTop + i * small.speaker * LINE, small.speaker, 700, inner, 'speaker')));
  // The quote's box: from the top padding to a blank line above the speaker.
  const quoteBottom = speakerTop - small.speaker * 1.9;
  const room = quoteBottom - padding;
  const full = `${OPEN}${card.quote}${CLOSE}`;
  let chosen: { size: number; lines: string[]; shortened: boolean } | undefined;
  for (const size of format.quoteSizes) {
    const wrapped = wrap(full, inner, size, 400, breakWords);
    if (wrapped.length * size * LINE <= room) {
      chosen = { size, lines: wrapped, shortened: false };
      break;
    }
  }
  if (!chosen) {
    const size = format.quoteSizes.at(-1)!;
    const maxLines = Math.max(1, Math.floor(room / (size * LINE)));
    chosen = shorten
      ? { size, lines: shortenedLines(card.quote.split(SPACES).filter(Boolean), inner, size, maxLines, breakWords), shortened: true }
      : { size, lines: wrap(full, inner, size, 400, breakWords), shortened: false };
  }
  const { size } = chosen;
  chosen.lines.forEach((text, i) => lines.push(line(text, padding, padding + size + i * size * LINE, size, 400, inner, 'quote')));
  return { format, lines, shortened: chosen.shortened, quoteBottom };
}

/** What does not fit: a line wider than its room, a quote line below its box, anything outside the card. Empty when all fits. */
export function fitProblems(layout: CardLayout): string[] {
  const problems: string[] = [];
  const { width, height } = layout.format;
  for (const l of layout.lines) {
    if (l.width > l.maxWidth + 0.01 || l.x + l.width > width) problems.push(`ligne trop large (${l.width.toFixed(0)} > ${l.maxWidth} px) : ${l.text}`);
    if (l.y + l.size * 0.25 > height || l.y - l.size < 0) problems.push(`ligne hors de la carte : ${l.text}`);
    if (l.role === 'quote' && l.y + l.size * 0.25 > layout.quoteBottom)
      problems.push(`citation sous son cadre (${l.y.toFixed(0)} > ${layout.quoteBottom.toFixed(0)} px) : ${l.text}`);
  }
  return problems;
}
