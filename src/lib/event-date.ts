import { t } from '../i18n/index.ts';
import type { SAISONS } from '../schemas/evenement.ts';

export type Saison = (typeof SAISONS)[number];
export type DatePrecision = 'jour' | 'mois' | 'saison' | 'annee';

/** What an event's date is made of (content/evenements/*.yaml). */
export interface EventDateInput {
  /** « AAAA-MM-JJ », « AAAA-MM » or « AAAA ». */
  date: string;
  /** With a year-only date: the season it happened in. */
  saison?: Saison | undefined;
}

export interface EventDate {
  precision: DatePrecision;
  /** For <time datetime>: the ISO date at its precision (a season gives its year). */
  datetime: string;
  /** The date in words, through Intl (fr-BE): « 9 mars 2023 », « décembre 2023 », « été 2023 », « 2013 ». */
  label: string;
  /**
   * Where the event sorts: a date known to the day sorts on that day; a month, a season or a year on its middle
   * (15th; 5 May, 5 August, 5 November, 4 February of the next year; 1 July), so « été 2023 » comes after 23 June.
   */
  sortKey: string;
}

const FORMATS = {
  jour: new Intl.DateTimeFormat('fr-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  mois: new Intl.DateTimeFormat('fr-BE', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  annee: new Intl.DateTimeFormat('fr-BE', { year: 'numeric', timeZone: 'UTC' }),
};
const utc = (y: number, m = 1, d = 1) => new Date(Date.UTC(y, m - 1, d));
const SEASON_MIDDLE: Record<Saison, [number, number, number]> = { printemps: [0, 5, 5], ete: [0, 8, 5], automne: [0, 11, 5], hiver: [1, 2, 4] };
const seasonName = (s: Saison): string =>
  ({ printemps: t('date.season.printemps'), ete: t('date.season.ete'), automne: t('date.season.automne'), hiver: t('date.season.hiver') })[s];
const pad = (n: number) => String(n).padStart(2, '0');

export function eventDate({ date, saison }: EventDateInput): EventDate {
  const [y = 0, m, d] = date.split('-').map(Number);
  if (d !== undefined && m !== undefined) return { precision: 'jour', datetime: date, label: FORMATS.jour.format(utc(y, m, d)), sortKey: date };
  if (m !== undefined) return { precision: 'mois', datetime: date, label: FORMATS.mois.format(utc(y, m)), sortKey: `${date}-15` };
  const year = FORMATS.annee.format(utc(y));
  if (saison) {
    const [dy, mm, dd] = SEASON_MIDDLE[saison];
    return { precision: 'saison', datetime: date, label: `${seasonName(saison)} ${year}`, sortKey: `${y + dy}-${pad(mm)}-${pad(dd)}` };
  }
  return { precision: 'annee', datetime: date, label: year, sortKey: `${date}-07-01` };
}

const RANK: Record<DatePrecision, number> = { jour: 0, mois: 1, saison: 2, annee: 3 };

/** Chronological order by sortKey; on the same key, the more precise date first, then the identifier. */
export const byEventDate = <E extends { id: string; data: EventDateInput }>(a: E, b: E): number => {
  const da = eventDate(a.data);
  const db = eventDate(b.data);
  return da.sortKey.localeCompare(db.sortKey) || RANK[da.precision] - RANK[db.precision] || a.id.localeCompare(b.id);
};

/** The date in words followed by its precision note, for one-line uses (cards, page descriptions). */
export const eventDateText = (d: EventDateInput & { dateLibelle?: string | undefined }): string =>
  `${eventDate(d).label}${d.dateLibelle ? ` (${d.dateLibelle})` : ''}`;
