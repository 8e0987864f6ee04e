/** Builds the ready-to-paste French citation of a page: « Titre », Humain d'abord, d'après <source>, <emplacement>. Consulté le … URL */
export interface CitationInput {
  title: string;
  kind: string;
  sourceTitle?: string | undefined;
  sourceOrganisation?: string | undefined;
  sourceYear?: number | 'non daté' | undefined;
  locator?: string | undefined;
  url: string;
  /** Day of access, ISO (the build date). */
  accessed: string;
}

export function citation(c: CitationInput): string {
  const origin = c.sourceTitle
    ? ` D'après : ${c.sourceOrganisation ? `${c.sourceOrganisation}, ` : ''}« ${c.sourceTitle} »${c.sourceYear !== undefined ? `, ${c.sourceYear}` : ''}${c.locator ? `, ${c.locator}` : ''}.`
    : '';
  const [y, m, d] = c.accessed.split('-');
  return `« ${c.title} » (${c.kind.toLowerCase()}), Humain d'abord.${origin} Consulté le ${d}/${m}/${y}. ${c.url}`;
}
