/** CSV writers: RFC 4180 with comma and dot decimals, and a Belgian-spreadsheet variant (semicolon, decimal comma, BOM). */
export interface Column<T> {
  name: string;
  /** What the column holds (documented on /donnees/). */
  doc: string;
  value: (row: T) => string | number | boolean | undefined | readonly string[];
}

const quote = (s: string, sep: string) => (/["\n\r]/.test(s) || s.includes(sep) ? `"${s.replace(/"/g, '""')}"` : s);

export function toCsv<T>(rows: readonly T[], columns: readonly Column<T>[], variant: 'standard' | 'excel-be' = 'standard'): string {
  const sep = variant === 'excel-be' ? ';' : ',';
  const cell = (v: ReturnType<Column<T>['value']>): string => {
    if (v === undefined) return '';
    if (typeof v === 'number') return variant === 'excel-be' ? String(v).replace('.', ',') : String(v);
    if (typeof v === 'boolean') return v ? 'oui' : 'non';
    if (Array.isArray(v)) return quote(v.join(' | '), sep);
    return quote(String(v), sep);
  };
  const lines = [columns.map((c) => quote(c.name, sep)).join(sep), ...rows.map((row) => columns.map((c) => cell(c.value(row))).join(sep))];
  return `${variant === 'excel-be' ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
