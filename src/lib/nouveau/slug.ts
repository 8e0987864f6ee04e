/** File names (= permanent addresses) for new entries: lower-case ASCII words joined by hyphens. */

/** Small words left out of file names (« Bloquée devant la machine » → bloquee-devant-machine). */
const STOP_WORDS = new Set(
  'a au aux avec ce ces cet cette d dans de des du en et il elle l la le les leur leurs ma mes mon ne on ou par pour qu que qui sa se ses son sur un une y'.split(
    ' ',
  ),
);

/** Words of a text in lower-case ASCII, without accents (inclusive points are dropped: professionnel·le → professionnelle). */
export function asciiWords(text: string): string[] {
  return text
    .replace(/[·•⋅]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/** Lower-case ASCII, accents removed, every other character a hyphen: « Composition de ménage » → composition-de-menage. */
export const slugify = (text: string): string => asciiWords(text).join('-');

/** The first `max` meaningful words of a text (all its words when it has only small ones). */
export function keywords(text: string, max: number): string[] {
  const words = asciiWords(text);
  const kept = words.filter((w) => !STOP_WORDS.has(w) && (w.length > 1 || /\d/.test(w)));
  return (kept.length > 0 ? kept : words).slice(0, max);
}

/** Joins slug parts, cut at a hyphen so that the result stays under `maxLength` characters. */
export function joinSlug(parts: readonly string[], maxLength = 70): string {
  const words = parts.flatMap((p) => p.split('-')).filter((w) => w !== '');
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > maxLength && slug !== '') break;
    slug = next;
  }
  return slug === '' ? 'entree' : slug;
}

/** `base`, or `base-2`, `base-3`… : the first one that `taken` does not already hold. */
export function uniqueSlug(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * The prefix that file names of a source start with (lettre-parlementaires → « lettre », bxl-sante-numerique → « bxlsante »):
 * the most common first word among the existing entries of that source; for a source without entries, the first word of its id.
 */
export function sourcePrefix(source: string, entries: readonly { id: string; source?: unknown }[]): string {
  const counts = new Map<string, number>();
  for (const e of entries) {
    if (e.source !== source) continue;
    const head = e.id.split('-')[0] ?? '';
    if (head !== '') counts.set(head, (counts.get(head) ?? 0) + 1);
  }
  const best = [...counts].sort(([a, na], [b, nb]) => nb - na || a.localeCompare(b))[0];
  return best?.[0] ?? slugify(source).split('-')[0] ?? 'entree';
}

/** Position after the last entry of the same source in the same collection: (highest `ordre`) + 10, or 10 for the first. */
export function nextOrdre(source: string, entries: readonly { source?: unknown; ordre?: unknown }[]): number {
  let max = 0;
  for (const e of entries) if (e.source === source && typeof e.ordre === 'number' && Number.isFinite(e.ordre)) max = Math.max(max, e.ordre);
  return max + 10;
}
