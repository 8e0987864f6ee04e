import type { Problem } from './check.ts';
import { LIMITS } from './codes.ts';
import { INVISIBLE, isFullName } from './names.ts';
import type { RawEntry } from './load.ts';

const CHAR_NAMES: Record<string, string> = {
  '\u200B': 'espace sans largeur U+200B',
  '\u200C': 'anti-liant sans largeur U+200C',
  '\u200D': 'liant sans largeur U+200D',
  '\u200E': 'marque gauche-à-droite U+200E',
  '\u200F': 'marque droite-à-gauche U+200F',
  '\uFEFF': 'espace insécable sans largeur U+FEFF',
};
const charName = (c: string) => CHAR_NAMES[c] ?? `caractère de direction U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Every text value of a header, with its path (nested lists and objects included). */
function texts(value: unknown, path: PropertyKey[] = []): [PropertyKey[], string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, [...path, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => texts(v, [...path, k]));
  return [];
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `AAAA-MM-JJ` names a day of the calendar (2024-02-31 does not). */
export function isCalendarDay(text: string): boolean {
  const m = ISO_DAY.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Today as `AAAA-MM-JJ`, in Brussels (a consent given this morning is not « in the future »). */
export const today = (): string => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Brussels' }).format(new Date());

/**
 * Rules on what an entry holds that the schemas do not state: no invisible or direction characters in any text,
 * limited lengths, real calendar days, a consent not dated after today, no full name of a private person.
 * They run on the header as read, whether or not it matches its schema.
 */
export function checkValues(entry: RawEntry, now: string = today()): Problem[] {
  const problems: Problem[] = [];
  const at = (path: readonly PropertyKey[], code: Problem['code'], message: string): Problem => ({
    path: entry.path,
    line: entry.lineOf(path),
    field: path.map(String).join('.'),
    code,
    message,
  });

  for (const [path, text] of texts(entry.data)) {
    for (const match of text.matchAll(INVISIBLE)) {
      problems.push(
        at(path, 'text.invisible', `${charName(match[0])} au caractère ${match.index + 1} : ce signe invisible cache ou retourne des lettres ; supprimez-le`),
      );
    }
    if (text.length > LIMITS.field) {
      problems.push(at(path, 'text.too-long', `${text.length} caractères : un champ en compte au plus ${LIMITS.field} ; le long texte va sous la ligne ---`));
    }
    if (ISO_DAY.test(text) && !isCalendarDay(text)) {
      problems.push(at(path, 'date.invalid', `« ${text} » n'est pas un jour du calendrier : vérifiez le mois et le jour (AAAA-MM-JJ)`));
    }
  }

  entry.body.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(INVISIBLE)) {
      problems.push({
        path: entry.path,
        line: entry.bodyLine + index,
        field: '(texte)',
        code: 'text.invisible',
        message: `${charName(match[0])} à la colonne ${match.index + 1} : ce signe invisible cache ou retourne des lettres ; supprimez-le`,
      });
    }
  });
  if (entry.body.length > LIMITS.body) {
    problems.push({
      path: entry.path,
      line: entry.bodyLine,
      field: '(texte)',
      code: 'body.too-long',
      message: `texte de ${entry.body.length} caractères : une entrée en compte au plus ${LIMITS.body} ; découpez-la en plusieurs entrées`,
    });
  }

  if (entry.collection === 'temoignages') {
    const data: Record<string, unknown> = entry.data !== null && typeof entry.data === 'object' ? (entry.data as Record<string, unknown>) : {};
    const consent = data['consentementDate'];
    if (typeof consent === 'string' && isCalendarDay(consent) && consent > now) {
      problems.push(
        at(['consentementDate'], 'consent.future', `consentement daté du ${consent}, après aujourd'hui (${now}) : indiquez le jour où la personne a accepté`),
      );
    }
    if (data['publication'] === 'consentement-recueilli' && data['consentementDate'] === undefined) {
      problems.push(
        at(['consentementDate'], 'consent.missing', 'un témoignage recueilli par nous doit avoir `consentementDate` (date du consentement, AAAA-MM-JJ)'),
      );
    }
    const locuteur = data['locuteur'];
    if (typeof locuteur === 'string' && data['personnePublique'] !== true && isFullName(locuteur)) {
      problems.push(
        at(
          ['locuteur'],
          'name.private',
          "un nom complet de personne privée n'est pas permis : gardez le prénom seul, ou mettez `personnePublique: true` pour un élu ou un ministre",
        ),
      );
    }
  }
  return problems;
}
