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

/**
 * Advance widths, in ems, of DejaVu Sans (the sans-serif that librsvg finds through fontconfig on Debian, so the font
 * of every exported PNG). It is wider than the fonts browsers pick for `system-ui`, so text wrapped with these widths
 * also fits when a browser draws the SVG. Accented letters measure as their base letter.
 */
const EM: Record<string, number> = {
  ' ': 0.318,
  '\u00a0': 0.318,
  '\u202f': 0.2,
  '.': 0.318,
  ',': 0.318,
  ';': 0.337,
  ':': 0.337,
  "'": 0.275,
  '’': 0.318,
  '«': 0.557,
  '»': 0.557,
  '(': 0.39,
  ')': 0.39,
  '–': 0.5,
  '—': 1,
  '-': 0.361,
  '/': 0.337,
  '%': 0.95,
  '€': 0.636,
  '&': 0.78,
  '!': 0.4,
  '?': 0.531,
  '"': 0.46,
  a: 0.613,
  b: 0.635,
  c: 0.55,
  d: 0.635,
  e: 0.615,
  f: 0.352,
  g: 0.635,
  h: 0.634,
  i: 0.278,
  j: 0.278,
  k: 0.579,
  l: 0.278,
  m: 0.974,
  n: 0.634,
  o: 0.612,
  p: 0.635,
  q: 0.635,
  r: 0.411,
  s: 0.521,
  t: 0.392,
  u: 0.634,
  v: 0.592,
  w: 0.818,
  x: 0.592,
  y: 0.592,
  z: 0.525,
  A: 0.684,
  B: 0.686,
  C: 0.698,
  D: 0.77,
  E: 0.632,
  F: 0.575,
  G: 0.775,
  H: 0.752,
  I: 0.295,
  J: 0.295,
  K: 0.656,
  L: 0.557,
  M: 0.863,
  N: 0.748,
  O: 0.787,
  P: 0.603,
  Q: 0.787,
  R: 0.695,
  S: 0.635,
  T: 0.611,
  U: 0.732,
  V: 0.684,
  W: 0.989,
  X: 0.685,
  Y: 0.611,
  Z: 0.685,
};
const DIGIT = 0.636;
const UNKNOWN = 0.7;

/** Estimated width of a text line, in the units of its font size; bold text is about 10 % wider. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text.normalize('NFD').replace(/\p{M}/gu, '')) em += /\d/.test(ch) ? DIGIT : (EM[ch] ?? UNKNOWN);
  return em * fontSize * (bold ? 1.1 : 1);
}

/**
 * Splits a text into lines no wider than `maxWidth` (measured by textWidth), at spaces; a word wider than a whole line
 * (an address) is cut after a « / » or, failing that, between characters, so that nothing ever runs past the edge.
 */
export function wrapToWidth(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const fits = (s: string) => textWidth(s, fontSize, bold) <= maxWidth;
  const pieces = (word: string): string[] => {
    if (fits(word)) return [word];
    const out: string[] = [];
    let rest = word;
    while (!fits(rest)) {
      let cut = rest.length - 1;
      while (cut > 1 && !fits(rest.slice(0, cut))) cut--;
      const slash = rest.lastIndexOf('/', cut - 1);
      if (slash > cut / 2) cut = slash + 1;
      out.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    return [...out, rest];
  };
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && fits(`${last} ${word}`)) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(...pieces(word));
  }
  return lines;
}
