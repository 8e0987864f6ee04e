import { formatValue } from '../../i18n/index.ts';
import { urlOf } from '../graph.ts';
import { PROFILS } from '../../schemas/temoignage.ts';
import { speakerOf } from './cards.ts';
import { plainText } from './text.ts';

/** What the home page prints, computed from the content (never hard-coded). */

/** Testimonies by kind of speaker, counted from each testimony's `profil`. */
export type SpeakerCounts = Record<(typeof PROFILS)[number], number>;

export function speakerCounts(temoignages: readonly { data: { profil: (typeof PROFILS)[number] } }[]): SpeakerCounts {
  const counts = Object.fromEntries(PROFILS.map((p) => [p, 0])) as SpeakerCounts;
  for (const e of temoignages) counts[e.data.profil] += 1;
  return counts;
}

interface QuoteInput {
  id: string;
  body?: string | undefined;
  data: { locuteur: string; role?: string | undefined; profil: string };
}

export interface HomeQuote {
  words: string;
  speaker: string;
  url: string;
}

/** Quotes short enough to read at a glance in large type on a phone. */
const MAX_WORDS = 320;

/**
 * The testimony shown on the home page: an inhabitant's words, short enough for large type, chosen by the day of the
 * year of the build date. The same commit always shows the same quote (builds stay byte-identical); it changes from
 * one day's build to the next, never per visit.
 */
export function quoteOfTheDay(temoignages: readonly QuoteInput[], buildDate: string): HomeQuote | undefined {
  const pool = temoignages
    .filter((e) => e.data.profil === 'citoyen' && plainText(e.body).length > 0 && plainText(e.body).length <= MAX_WORDS)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (pool.length === 0) return undefined;
  const day = Math.floor((Date.parse(`${buildDate}T00:00:00Z`) - Date.parse(`${buildDate.slice(0, 4)}-01-01T00:00:00Z`)) / 86_400_000);
  const e = pool[(Number.isFinite(day) ? day : 0) % pool.length]!;
  return { words: plainText(e.body), speaker: speakerOf(e.data), url: urlOf({ kind: 'temoignages', id: e.id }) };
}

export interface KeyFigure {
  url: string;
  value: string;
  /** One line: what the number says, in our words. */
  line: string;
  /** Who measured it and when. */
  source: string;
}

export const keyFigure = (e: {
  id: string;
  data: { titre: string; valeur: number; unite: '%' | 'nombre' | 'euros'; editeur: string; anneeDonnees: number };
}): KeyFigure => ({
  url: urlOf({ kind: 'chiffres', id: e.id }),
  value: formatValue(e.data.valeur, e.data.unite),
  line: e.data.titre,
  source: `${e.data.editeur}, ${String(e.data.anneeDonnees)}`,
});
