import { z } from 'astro/zod';

/** Identifiant d'entrée : minuscules, chiffres et tirets (c'est aussi le nom du fichier et l'adresse de la page). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Années plausibles pour une donnée, une publication ou un événement cité sur le site : une seule plage pour tous les schémas. */
export const MIN_YEAR = 1970;
export const MAX_YEAR = 2039;

const inYearRange = (y: number): boolean => y >= MIN_YEAR && y <= MAX_YEAR;
const YEAR_RANGE = `entre ${MIN_YEAR} et ${MAX_YEAR}`;

/**
 * Référence à une autre entrée, par son identifiant (nom de fichier sans extension).
 * L'existence de l'entrée visée est vérifiée par `src/lib/integrity/` (Astro ne fait que journaliser).
 */
export const ref = (collection: string) =>
  z
    .string({ error: `doit être l'identifiant d'une entrée de content/${collection}/` })
    .regex(SLUG_PATTERN, { error: `doit être l'identifiant d'une entrée de content/${collection}/ (minuscules, chiffres, tirets)` });

/** Une année entière de la plage MIN_YEAR–MAX_YEAR. */
export const year = z
  .number({ error: 'doit être une année écrite en chiffres, par exemple 2023' })
  .int({ error: 'doit être une année entière, par exemple 2023' })
  .min(MIN_YEAR, { error: `doit être une année ${YEAR_RANGE}` })
  .max(MAX_YEAR, { error: `doit être une année ${YEAR_RANGE}` });

/** Une date du calendrier, AAAA-MM-JJ : un jour qui existe (pas de 31 février), dans la plage d'années. */
export const calendarDate = z.iso
  .date({ error: 'doit être une date AAAA-MM-JJ qui existe au calendrier, entre guillemets (ex. "2024-03-15")', abort: true })
  .refine((d) => inYearRange(Number(d.slice(0, 4))), { error: `l'année doit être ${YEAR_RANGE}` });

/** Today's date in Brussels, AAAA-MM-JJ (a consent given this morning in Brussels is not « in the future » in UTC). */
export function todayInBrussels(now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Une date du calendrier qui n'est pas après aujourd'hui (une date de consentement, par exemple). */
export const pastDate = calendarDate.refine((d) => d <= todayInBrussels(), {
  error: () => `ne peut pas être dans le futur (aujourd'hui : ${todayInBrussels()}) : écrivez la date où l'accord a été donné`,
});

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** What is wrong with an AAAA-MM-JJ, AAAA-MM or AAAA date, in French; undefined when it is a real date of the year range. */
function partialDateProblem(value: string): string | undefined {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return 'doit être une date AAAA-MM-JJ, AAAA-MM ou AAAA, entre guillemets (ex. "2024-03-15", "2024-03" ou "2024")';
  if (!inYearRange(Number(m[1]))) return `l'année doit être ${YEAR_RANGE}`;
  if (m[2] !== undefined && (Number(m[2]) < 1 || Number(m[2]) > 12)) return "ce mois n'existe pas : le mois va de 01 à 12";
  if (m[3] !== undefined && !z.iso.date().safeParse(value).success) {
    return "ce jour n'existe pas au calendrier (ex. 31 février) : corrigez le jour, ou n'écrivez que AAAA-MM si le jour n'est pas connu";
  }
  return undefined;
}

/** Une date aussi précise que ce qu'on sait : AAAA-MM-JJ, AAAA-MM ou AAAA, toujours un jour ou un mois qui existe. */
export const partialDate = z
  .string({ error: 'doit être une date AAAA-MM-JJ, AAAA-MM ou AAAA, entre guillemets' })
  .refine((d) => partialDateProblem(d) === undefined, { error: (issue) => partialDateProblem(String(issue.input)) });

/** Une adresse web publique : http(s) seulement (une adresse `javascript:` ou `data:` exécuterait du code dans la page). */
export const webUrl = z.url({
  protocol: /^https?$/,
  error: 'doit être une adresse web complète qui commence par https:// (ou http://) ; les adresses javascript:, data:, file:… sont refusées',
});

/** De 1 à 3 thèmes de content/themes/, sans doublon. */
export const themes = z
  .array(ref('themes'), { error: 'doit être une liste de 1 à 3 thèmes de content/themes/' })
  .min(1, { error: 'chaque entrée doit avoir au moins 1 thème (au plus 3)' })
  .max(3, { error: 'chaque entrée a au plus 3 thèmes : gardez les plus justes' })
  .refine((list) => new Set(list).size === list.length, { error: 'le même thème est cité deux fois : gardez-le une seule fois' })
  .meta({ title: 'Thèmes (1 à 3)', description: 'De 1 à 3 thèmes de content/themes/, sans doublon : les plus justes.' });

/** Une valeur parmi une liste fixe ; le message les énumère (et ajoute `hint`, s'il est donné, pour dire laquelle choisir). */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T, hint?: string) =>
  z.enum(values, { error: `doit être l'un de : ${values.join(', ')}${hint ? ` ${hint}` : ''}` });

/** Texte obligatoire et non vide. */
export const text = (what: string) =>
  z
    .string({ error: `doit être un texte (${what})` })
    .trim()
    .min(1, { error: `ne peut pas être vide (${what})` });

/** Où trouver le passage dans le document source, tel qu'un lecteur le retrouve. */
export const emplacement = text('où se trouve le passage dans la source, par ex. « Question 2 » ou « p. 12 »').meta({
  title: 'Où, dans ce document',
  description: "Section, question, article, chapitre ou page, tel qu'un lecteur le retrouve (ex. « Question 2 », « p. 12 », « Encadré Art. 4 »).",
});

/** Numéro de page dans le document source. */
export const page = z.number().int().min(1).meta({ title: 'Numéro de page', description: 'Numéro de page dans le document source, quand il est connu.' });

/** Position dans l'ordre du document source (tri, liens précédent / suivant). */
export const ordreDansLaSource = z
  .number({ error: 'doit être un nombre (position dans la source)' })
  .int()
  .min(1)
  .meta({ title: 'Position dans la source', description: "Position dans l'ordre du document source (sert au tri et aux liens précédent / suivant)." });
