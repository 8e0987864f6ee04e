/** Invisible and direction-changing characters: they hide or reorder letters, so a name or a word reads differently from what is written. */
export const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu;

/** Name particles, written inside a surname (« Marie van den Berg », « Jean de La Fontaine »). */
const PARTICLES = new Set([
  'de',
  'du',
  'des',
  'd',
  'la',
  'le',
  'l',
  'van',
  'vande',
  'vanden',
  'vander',
  'von',
  'der',
  'den',
  'ter',
  'ten',
  'zu',
  'di',
  'da',
  'del',
  'della',
  'dos',
  'el',
  'al',
  'ben',
  'bin',
  'ibn',
  'mac',
  'mc',
  "o'",
]);

/** Words that open a description, not a name (« une passante », « un travailleur social », « l'un des participants »). */
const DESCRIPTION_START = new Set([
  'un',
  'une',
  'un·e',
  'des',
  'les',
  'le',
  'la',
  'l',
  'du',
  'de',
  'd',
  'au',
  'aux',
  'ce',
  'cet',
  'cette',
  'ces',
  'son',
  'sa',
  'ses',
  'mon',
  'ma',
  'mes',
  'notre',
  'nos',
  'leur',
  'leurs',
  'quelqu',
  'plusieurs',
  'deux',
  'trois',
  'certains',
  'certaines',
]);

/** The words of a speaker's name, compared the same whatever the case, width or accent form. */
function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, ' ')
    .toLocaleLowerCase('fr')
    .split(/[\s’']+/u)
    .filter((w) => w !== '');
}

/** Words that never sit inside a person's name: a title or a sentence (« Lire et Écrire », « publiée dans La Libre »). */
const NOT_IN_NAMES = new Set(['et', 'ou', 'à', 'pour', 'par', 'sur', 'avec', 'chez', 'dans', 'en', 'qui', 'que', 'est', 'sans']);

const isInitial = (w: string) => /^\p{L}\.(?:-\p{L}\.)*$/u.test(w);
const isNameWord = (w: string) => (/^\p{L}[\p{L}-]*$/u.test(w) && !NOT_IN_NAMES.has(w)) || isInitial(w);

/**
 * Whether `locuteur` gives a person's full name: it opens with two to four name words (particles aside), whatever
 * the case, as « Prénom Nom », « Nom, Prénom » or « J. Nom », possibly followed by a role after a comma or in
 * brackets. A first name alone, a first name with the initial of a surname (« Marie D. »), a description
 * (« une mère de famille ») or a sentence (« Carte blanche publiée le 14 novembre 2022 ») is not a full name.
 */
export function isFullName(locuteur: string): boolean {
  // An invisible character may stand for the space between two names (« Marie\u200BDupont »).
  const clean = locuteur.normalize('NFKC').replace(INVISIBLE, ' ');
  const parts = clean.split(',');
  // « Dupont, Marie » is « Marie Dupont »; « Marie Dupont, assistante sociale » is a name and a role.
  const swapped = parts.length === 2 && words(parts[1]!).length === 1 && words(parts[1]!).every(isNameWord);
  const head = swapped ? `${parts[1]} ${parts[0]}` : (clean.split(/[,(–—;:]/u)[0] ?? '');
  const list = words(head);
  if (list.length === 0 || DESCRIPTION_START.has(list[0]!) || !list.every(isNameWord)) return false;
  const names = list.filter((w) => !PARTICLES.has(w));
  // A surname reduced to its initial (« Marie D. ») keeps the person unidentified.
  return names.length >= 2 && names.length <= 4 && !isInitial(names[names.length - 1]!);
}
