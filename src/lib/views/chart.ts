import { t } from '../../i18n/index.ts';
import { layoutBars, type BarLayout } from '../charts/bars.ts';
import { editionsOf, seriesRows, type FigureLike, type SeriesRow } from '../charts/series.ts';
import { entryUrl, sourceUrl } from '../routes.ts';
import type { Site } from '../site.ts';
import type { Link } from './entry.ts';

/**
 * Everything a chart shows, from a series and the figures that cite it: rows, bar geometry, the publications its
 * numbers come from and the source line. The chart page, the embed, the downloads (SVG, PNG, CSV) all start here.
 */
export interface ChartView {
  id: string;
  title: string;
  finding: string;
  dimension: string;
  note?: string | undefined;
  rows: (SeriesRow & { href: string })[];
  layout: BarLayout;
  /** Distinct publications (« FRB, Baromètre 2022 ») the numbers come from. */
  editions: string[];
  /** Documents of this site that print the numbers. */
  sources: Link[];
  /** Where in those documents. */
  locators: string[];
  /** The one-line source, as printed under exported images. */
  footer: string;
}

export interface SerieLike {
  id: string;
  data: { titre: string; constat: string; dimension: string; note?: string | undefined };
}

export function chartView(serie: SerieLike, figures: readonly FigureLike[], organisationOf: (sourceId: string) => string, siteName: string): ChartView {
  const rows = seriesRows(serie.id, figures);
  const layout = layoutBars(
    rows.map((r) => ({ id: r.id, label: r.label, value: r.value })),
    { unite: rows[0]?.unite ?? '%' },
  );
  const editions = editionsOf(rows);
  return {
    id: serie.id,
    title: serie.data.titre,
    finding: serie.data.constat,
    dimension: serie.data.dimension,
    note: serie.data.note,
    rows: rows.map((r) => ({ ...r, href: entryUrl('chiffres', r.id) })),
    layout,
    editions,
    sources: [...new Set(rows.map((r) => r.source))].map((s) => ({ href: sourceUrl(s), label: organisationOf(s) })),
    locators: [...new Set(rows.map((r) => r.emplacement))],
    footer: `Source : ${editions.join(' ; ')} — ${siteName}`,
  };
}

/** The chart of one of the site's series. */
export const chartOf = (site: Site, serie: SerieLike): ChartView => chartView(serie, site.chiffres, (s) => site.source(s).data.organisation, t('site.name'));
