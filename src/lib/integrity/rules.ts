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

const BRUSSELS_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Brussels' });
/**
 * Today as `AAAA-MM-JJ`, in Brussels (a consent given this morning is not « in the future »). One formatter for the
 * whole check: creating one cost more than checking the rest of an entry (1.4 s for 6 000 entries).
 */
export const today = (): string => BRUSSELS_DAY.format(new Date());

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

/** A header value as text (numbers too); anything else as nothing. */
const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

type Valid = ReadonlyMap<string, ReadonlyMap<string, Record<string, unknown>>>;

/** Whether an `edition` text names the FRB barometer (then `barometre` must say which edition, so its years are checked). */
export const NAMES_BAROMETER = /barom[eè]tre\s+(?:de|sur)\s+l['’]inclusion\s+num[eé]rique/i;

/**
 * Rules between figures, barometer editions and charts:
 * - a barometer figure names its edition (`barometre`) and has that edition's data and publication years and name;
 * - an `estimation` is never a key figure, nor drawn on a chart next to survey statistics.
 */
export function checkFigures(entries: readonly RawEntry[], valid: Valid): Problem[] {
  const problems: Problem[] = [];
  const editions = valid.get('editions') ?? new Map<string, Record<string, unknown>>();
  const figures = valid.get('chiffres') ?? new Map<string, Record<string, unknown>>();
  const at = (entry: RawEntry, path: readonly PropertyKey[], code: Problem['code'], message: string): Problem => ({
    path: entry.path,
    line: entry.lineOf(path),
    field: path.map(String).join('.'),
    code,
    message,
  });

  for (const entry of entries) {
    if (entry.collection !== 'chiffres') continue;
    const c = figures.get(entry.id);
    if (!c) continue;
    const ref = c['barometre'];
    const edition = typeof ref === 'string' ? editions.get(ref) : undefined;
    if (typeof ref !== 'string' && typeof c['edition'] === 'string' && NAMES_BAROMETER.test(c['edition'])) {
      problems.push(
        at(
          entry,
          ['edition'],
          'barometre.edition',
          `« ${c['edition']} » est une édition du baromètre : nommez-la aussi dans \`barometre\` (identifiant de content/editions/, ex. barometre-2024) pour que ses années soient vérifiées`,
        ),
      );
    }
    if (edition) {
      const titre = str(edition['titre']);
      if (c['anneeDonnees'] !== edition['anneeDonnees']) {
        problems.push(
          at(
            entry,
            ['anneeDonnees'],
            'barometre.annee',
            `l'édition « ${titre} » publie les données de ${str(edition['anneeDonnees'])} : \`anneeDonnees\` doit être ${str(edition['anneeDonnees'])}, pas ${str(c['anneeDonnees'])}`,
          ),
        );
      }
      if (c['anneePublication'] !== undefined && c['anneePublication'] !== edition['anneePublication']) {
        problems.push(
          at(
            entry,
            ['anneePublication'],
            'barometre.annee',
            `l'édition « ${titre} » paraît en ${str(edition['anneePublication'])} : \`anneePublication\` doit être ${str(edition['anneePublication'])}, pas ${str(c['anneePublication'])}`,
          ),
        );
      }
      if (c['edition'] !== undefined && c['edition'] !== titre) {
        problems.push(
          at(entry, ['edition'], 'barometre.edition', `\`barometre\` désigne « ${titre} » mais \`edition\` dit « ${str(c['edition'])} » : écrivez le même nom`),
        );
      }
    }
    if (c['nature'] === 'estimation' && c['cle'] === true) {
      problems.push(
        at(
          entry,
          ['cle'],
          'nature.estimation',
          'une estimation ne peut pas être un chiffre clé : retirez `cle: true` (les chiffres clés sont des statistiques ou des comptes)',
        ),
      );
    }
  }

  // Reported on the estimate itself: its `serie` line is what to change.
  const statisticSeries = new Set([...figures.values()].filter((c) => c['nature'] === 'statistique').map((c) => c['serie']));
  for (const entry of entries) {
    const c = entry.collection === 'chiffres' ? figures.get(entry.id) : undefined;
    if (!c || c['nature'] !== 'estimation' || typeof c['serie'] !== 'string' || !statisticSeries.has(c['serie'])) continue;
    problems.push(
      at(
        entry,
        ['serie'],
        'nature.estimation',
        `une estimation ne se dessine pas à côté de statistiques d'enquête : le graphique « ${c['serie']} » en contient ; retirez \`serie\`, \`categorie\` et \`ordreCategorie\` de ce chiffre`,
      ),
    );
  }
  return problems;
}
