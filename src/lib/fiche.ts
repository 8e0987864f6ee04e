import type { Chiffre, Proposition, Temoignage } from './site.ts';

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

const PROFIL_RANK = { citoyen: 0, professionnel: 1, officiel: 2, expert: 3 } as const;

interface SiteEntries {
  temoignages: readonly Temoignage[];
  chiffres: readonly Chiffre[];
  propositions: readonly Proposition[];
}

/** What a theme's printable sheet shows, in print order. */
export function ficheSelection(site: SiteEntries, themeId: string): { temoignages: Temoignage[]; chiffres: Chiffre[]; propositions: Proposition[] } {
  const inTheme = <T extends { data: { themes: string[] } }>(list: readonly T[]) => list.filter((e) => e.data.themes.includes(themeId));
  const byId = <T extends { id: string }>(list: readonly T[]) => {
    const map = new Map(list.map((e) => [e.id, e]));
    return (id: string): T => map.get(id)!;
  };
  const temoignages = inTheme(site.temoignages);
  const propositions = inTheme(site.propositions);
  return {
    temoignages: pickForSheet(
      temoignages.map((e) => ({ id: e.id, length: (e.body ?? '').length, rank: PROFIL_RANK[e.data.profil] })),
      4,
      550,
    ).map(byId(temoignages)),
    // Figures: shares of a population (percentages) first, then counts; newest data first within each.
    chiffres: [...inTheme(site.chiffres)]
      .sort((a, b) => Number(b.data.unite === '%') - Number(a.data.unite === '%') || b.data.anneeDonnees - a.data.anneeDonnees)
      .slice(0, 4),
    propositions: pickForSheet(
      propositions.map((e, i) => ({ id: e.id, length: e.data.titre.length, rank: i })),
      5,
      400,
    ).map(byId(propositions)),
  };
}
