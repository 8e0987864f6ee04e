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
