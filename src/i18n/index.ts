import fr from './fr.json';

export type UiKey = keyof typeof fr;

/** Returns the French UI string for a key. */
export const t = (key: UiKey): string => fr[key];

/** Looks up a dynamic key (e.g. `profil.${value}`), falling back to the value itself. */
export const tOr = (key: string, fallback: string): string => (fr as Record<string, string>)[key] ?? fallback;

const numberFormat = new Intl.NumberFormat('fr-BE', { maximumFractionDigits: 1 });
const dateFormats = {
  jour: new Intl.DateTimeFormat('fr-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  mois: new Intl.DateTimeFormat('fr-BE', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** « 46 % », « 1 234 », « 7,5 % » — numbers as a Belgian French reader writes them. */
export function formatValue(value: number, unite: '%' | 'nombre' | 'euros'): string {
  const n = numberFormat.format(value);
  if (unite === '%') return `${n}\u202f%`;
  if (unite === 'euros') return `${n}\u00a0€`;
  return n;
}

/** « 14 novembre 2022 », « novembre 2022 » or « 2022 » from an ISO date of that precision. */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (d !== undefined && m !== undefined) return dateFormats.jour.format(new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))));
  if (m !== undefined) return dateFormats.mois.format(new Date(Date.UTC(Number(y), Number(m) - 1, 1)));
  return String(y);
}
