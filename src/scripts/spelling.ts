/** Close spellings for a search that found nothing: pure functions, no DOM. */

/** Lower case without accents: « Mutualité » → « mutualite ». */
export const fold = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr');

/** Levenshtein distance (insertions, deletions, substitutions). */
export function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The words of a text, lower case (letters, digits, apostrophes and hyphens inside a word). */
export const wordsOf = (text: string): string[] => text.toLocaleLowerCase('fr').match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];

/**
 * Prefixes of a word to try with Pagefind, which matches the last word of a query as a prefix: « mutualité » →
 * « mutualit », « mutuali », … down to four letters. Pagefind has no spelling correction of its own.
 */
export const prefixesOf = (word: string, shortest = 4): string[] =>
  Array.from({ length: Math.max(0, word.length - shortest) }, (_, i) => word.slice(0, word.length - 1 - i));

/** The candidates closest to `word` (by edit distance on folded words), at most `max`, never `word` itself. */
export function closest(word: string, candidates: Iterable<string>, max = 3): string[] {
  const target = fold(word);
  const byFolded = new Map<string, string>();
  for (const c of candidates) if (fold(c) !== target && !byFolded.has(fold(c))) byFolded.set(fold(c), c);
  return [...byFolded.entries()]
    .map(([folded, c]) => ({ c, d: distance(target, folded) }))
    .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c, 'fr'))
    .slice(0, max)
    .map((x) => x.c);
}

/** Whether two words are near enough to suggest one for the other (typos, a letter more or less). */
export const near = (a: string, b: string): boolean => {
  const [x, y] = [fold(a), fold(b)];
  return x.length >= 4 && y.length >= 4 && distance(x, y) <= (Math.min(x.length, y.length) >= 8 ? 2 : 1);
};
