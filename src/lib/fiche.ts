/**
 * Picks what a printable theme sheet shows: a few short testimonies (citizens first, then professionals),
 * the newest figures, and proposals — few enough to fit two A4 pages.
 */
export interface FicheCandidate {
  id: string;
  /** Length of the text that will be printed. */
  length: number;
  /** Lower is shown first. */
  rank: number;
}

export function pickForSheet(items: readonly FicheCandidate[], max: number, maxLength: number): string[] {
  return [...items]
    .filter((i) => i.length <= maxLength)
    .sort((a, b) => a.rank - b.rank || a.length - b.length || a.id.localeCompare(b.id))
    .slice(0, max)
    .map((i) => i.id);
}
