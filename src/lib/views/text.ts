/** Plain text of a Markdown body: whitespace collapsed, emphasis and heading marks removed. */
export const plainText = (body: string | undefined): string =>
  (body ?? '')
    .replace(/[*_#>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The first `max` characters of a text, cut at a word boundary, with « … » when cut. */
export function excerpt(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return `${text.slice(0, cut > 0 ? cut : max)}…`;
}

/** Who speaks, as printed under a quote: « Jamila » or « Marie, assistante sociale ». */
export const byline = (d: { locuteur: string; role?: string | undefined }): string => `${d.locuteur}${d.role ? `, ${d.role}` : ''}`;
