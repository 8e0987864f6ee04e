/**
 * Where a quote is found in its document, in plain words. Locators in content/ are written for provenance
 * (« Encadré « Art. 4 – Bruxelles numérique » », « … (note 8) »); readers get « Encadré sur l'article 4 », « …, note 8 ».
 * Titles between « » are the source's own words and stay as printed.
 */
const RULES: readonly [RegExp, string][] = [
  // The letter's boxes are titled « Art. 4 – Bruxelles numérique »: the box is about that article of the ordinance.
  [/\b([Ee])ncadré « Art\. (\d+) – Bruxelles numérique »/g, "$1ncadré sur l'article $2"],
  [/\bArt\. (\d+)/g, 'article $1'],
  [/ \(note (\d+)\)/g, ', note $1'],
  [/ \(p\. (\d+)\)/g, ', page $1'],
  [/\bp\. (\d+)/g, 'page $1'],
  // An unquoted heading of the professionals' notebook: quoted, as the source prints it.
  [/, Ce que les professionnel·les en disent\b/g, ', partie « Ce que les professionnel·les en disent »'],
  // Our own words, written without inclusive dots.
  [/citation d'un·e professionnel·le/g, "citation d'une ou d'un professionnel"],
  [/pour les professionnel·les/g, 'pour les professionnelles et professionnels'],
];

export function plainLocator(locator: string): string {
  return RULES.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), locator);
}

/** The text outside « … » quotes (nested quotes included): what is in our words, not the source's. */
export function outsideQuotes(text: string): string {
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '«') depth += 1;
    else if (ch === '»') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}

/** Raw locator syntax a reader should not meet: abbreviations, dash-titled boxes, bracketed notes, inclusive dots. */
export function rawSyntax(text: string): string[] {
  const ours = outsideQuotes(text);
  const found: string[] = [];
  if (/\bArt\./.test(text)) found.push('Art.');
  if (/\bp\. \d/.test(ours)) found.push('p.');
  if (/\((?:note|p\.) /.test(ours)) found.push('(note)');
  if (/\p{L}·\p{L}/u.test(ours)) found.push('·');
  if (/ – /.test(ours)) found.push('–');
  return found;
}
