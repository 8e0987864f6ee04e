import fr from './fr.json';

export type UiKey = keyof typeof fr;

/** Values put into a string's `{name}` placeholders. */
export type UiVars = Readonly<Record<string, string | number>>;

/** Keys that have plural forms (`x.one`, `x.other`), named without the form. */
export type PluralKey = { [K in UiKey]: K extends `${infer Base}.other` ? Base : never }[UiKey];

const fill = (text: string, vars?: UiVars): string =>
  vars === undefined ? text : text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));

/** Returns the French UI string for a key, with `{name}` placeholders replaced by `vars`. */
export const t = (key: UiKey, vars?: UiVars): string => fill(fr[key], vars);

const pluralRules = new Intl.PluralRules('fr-BE');

/** The form of `key` for the count `n` (French: 0 and 1 take the singular), with `{n}` and other placeholders filled. */
export function tn(key: PluralKey, n: number, vars?: UiVars): string {
  const forms = fr as Record<string, string>;
  const text = forms[`${key}.${pluralRules.select(n)}`] ?? forms[`${key}.other`] ?? key;
  return fill(text, { n, ...vars });
}

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
