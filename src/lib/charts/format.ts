import { formatLocale } from 'd3-format';

/** d3-format with Belgian French conventions: decimal comma, narrow no-break space for thousands and before %. */
export const frBE = formatLocale({
  decimal: ',',
  thousands: '\u202f',
  grouping: [3],
  currency: ['', '\u00a0€'],
  percent: '\u202f%',
});

/** Formats a chart value: « 46 % », « 7,5 % », « 1 234 », « 12 € ». */
export function formatChartValue(value: number, unite: '%' | 'nombre' | 'euros'): string {
  const n = frBE.format(Number.isInteger(value) ? ',d' : ',.1f')(value);
  if (unite === '%') return `${n}\u202f%`;
  if (unite === 'euros') return `${n}\u00a0€`;
  return n;
}

/** Splits a text into lines of at most `max` characters, at spaces (a longer word stays whole on its line). */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
