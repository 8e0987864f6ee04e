import { OCR_REPAIRS } from './ocr-repairs.ts';

/**
 * Reduces text to its letters and digits, lower-case, without accents or ligatures, so that a quote can be
 * found in a seed whatever its line breaks, end-of-line hyphens, apostrophes, quotation marks and spacing.
 */
export function normalizeForMatch(text: string): string {
  return text
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Applies the reviewed OCR repairs of one seed (identified by its file name) to its raw text. */
export function repairSeed(fileName: string, text: string): string {
  return OCR_REPAIRS.filter((r) => fileName.startsWith(r.seed)).reduce((t, r) => t.split(r.damaged).join(r.repaired), text);
}

/** Shortest run of letters that counts as a fragment when a quote is split by the seed's page layout. */
export const MIN_FRAGMENT = 40;

export interface MatchResult {
  found: boolean;
  /** 1 when the quote stands in one piece in the seed; more when the seed's columns interleave it. */
  fragments: number;
  /** The first words that could not be found, when `found` is false. */
  missing?: string;
}

/**
 * Looks for a quote in a normalised seed. The quote may be split into fragments (two-column layouts
 * interleave paragraphs), but every fragment must be at least MIN_FRAGMENT letters long or be the whole rest.
 */
export function findQuote(quote: string, normalizedSeed: string): MatchResult {
  let rest = normalizeForMatch(quote);
  if (rest.length === 0) return { found: false, fragments: 0, missing: '(citation vide)' };
  let fragments = 0;
  while (rest.length > 0) {
    // A last fragment must be long enough too, or any changed final word would be found somewhere else in the seed.
    if (normalizedSeed.includes(rest) && (fragments === 0 || rest.length >= MIN_FRAGMENT)) return { found: true, fragments: fragments + 1 };
    // Longest prefix present in the seed (binary search: presence is monotone in prefix length).
    let lo = 0;
    let hi = rest.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (normalizedSeed.includes(rest.slice(0, mid))) lo = mid;
      else hi = mid - 1;
    }
    if (lo < MIN_FRAGMENT || lo === rest.length)
      return { found: false, fragments, missing: rest.slice(lo >= MIN_FRAGMENT ? lo : 0, (lo >= MIN_FRAGMENT ? lo : 0) + 60) || rest.slice(0, 60) };
    fragments += 1;
    rest = rest.slice(lo);
  }
  return { found: true, fragments };
}
