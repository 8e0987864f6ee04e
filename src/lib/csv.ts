/** CSV writers: RFC 4180 with comma and dot decimals, and a Belgian-spreadsheet variant (semicolon, decimal comma, BOM). */
/** Table Schema types the columns use (https://datapackage.org/standard/table-schema/#field-types). */
export type FieldType = 'string' | 'number' | 'integer' | 'year' | 'boolean';

export interface Column<T> {
  name: string;
  /** What the column holds (documented on /donnees/ and in datapackage.json). */
  doc: string;
  /** Table Schema type of the cells; default `string`. */
  type?: FieldType;
  /** Every row has a value (Table Schema `constraints.required`). */
  required?: boolean;
  value: (row: T) => string | number | boolean | undefined | readonly string[];
}

const quote = (s: string, sep: string) => (/["\n\r]/.test(s) || s.includes(sep) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * A spreadsheet runs a text cell that starts with = + - @ (or a tab or CR before one) as a formula: such cells get a
 * leading `'`, which the spreadsheet shows as text (OWASP « CSV Injection »). Numbers are written by `cell` below
 * and never pass here, so a negative value stays a number.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
export const neutralise = (s: string): string => (FORMULA_START.test(s) ? `'${s}` : s);

export function toCsv<T>(rows: readonly T[], columns: readonly Column<T>[], variant: 'standard' | 'excel-be' = 'standard'): string {
  const sep = variant === 'excel-be' ? ';' : ',';
  const text = (s: string) => quote(neutralise(s), sep);
  const cell = (v: ReturnType<Column<T>['value']>): string => {
    if (v === undefined) return '';
    if (typeof v === 'number') return variant === 'excel-be' ? String(v).replace('.', ',') : String(v);
    if (typeof v === 'boolean') return v ? 'oui' : 'non';
    if (Array.isArray(v)) return text(v.join(' | '));
    return text(String(v));
  };
  const lines = [columns.map((c) => text(c.name)).join(sep), ...rows.map((row) => columns.map((c) => cell(c.value(row))).join(sep))];
  return `${variant === 'excel-be' ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
