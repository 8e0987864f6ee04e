export interface FigureLike {
  id: string;
  data: {
    serie?: string | undefined;
    categorie?: string | undefined;
    ordreCategorie?: number | undefined;
    valeur: number;
    unite: '%' | 'nombre' | 'euros';
    editeur: string;
    edition?: string | undefined;
    anneeDonnees: number;
    source: string;
    emplacement: string;
  };
}

/** A chart's rows, read from the figures that name the series: no number is typed twice. */
export type SeriesRow = { id: string; label: string; order: number; value: number } & Pick<
  FigureLike['data'],
  'unite' | 'editeur' | 'edition' | 'anneeDonnees' | 'source' | 'emplacement'
>;

export function seriesRows(serie: string, figures: readonly FigureLike[]): SeriesRow[] {
  return figures
    .filter((f) => f.data.serie === serie)
    .map((f) => ({
      id: f.id,
      label: f.data.categorie ?? f.id,
      order: f.data.ordreCategorie ?? 0,
      value: f.data.valeur,
      unite: f.data.unite,
      editeur: f.data.editeur,
      edition: f.data.edition,
      anneeDonnees: f.data.anneeDonnees,
      source: f.data.source,
      emplacement: f.data.emplacement,
    }))
    .sort((a, b) => a.order - b.order || a.label.localeCompare(b.label, 'fr'));
}

/** The distinct publications a chart's numbers come from (several means a visible note is needed). */
export const editionsOf = (rows: readonly SeriesRow[]): string[] => [...new Set(rows.map((r) => `${r.editeur}${r.edition ? `, ${r.edition}` : ''}`))];
