/** Builds the ready-to-paste French citation of a page: « Titre », Humain d'abord, d'après <source>, <emplacement>. Consulté le … URL */
export interface CitationInput {
  title: string;
  kind: string;
  sourceTitle?: string | undefined;
  sourceOrganisation?: string | undefined;
  sourceYear?: number | 'non daté' | undefined;
  locator?: string | undefined;
  url: string;
  /** Day of access, ISO: the reader's day (pages print it with a script; see CiteBox.astro). */
  accessed: string;
}

/** Everything of the citation before « Consulté le … »: title, kind, site and source. */
export function citationHead(c: Omit<CitationInput, 'url' | 'accessed'>): string {
  const origin = c.sourceTitle
    ? ` D'après : ${c.sourceOrganisation ? `${c.sourceOrganisation}, ` : ''}« ${c.sourceTitle} »${c.sourceYear !== undefined ? `, ${c.sourceYear}` : ''}${c.locator ? `, ${c.locator}` : ''}.`
    : '';
  return `« ${c.title} » (${c.kind.toLowerCase()}), Humain d'abord.${origin}`;
}

/** « 07/03/2025 » from « 2025-03-07 ». */
export const formatAccessed = (iso: string): string => iso.split('-').reverse().join('/');

export function citation(c: CitationInput): string {
  return `${citationHead(c)} Consulté le ${formatAccessed(c.accessed)}. ${c.url}`;
}
