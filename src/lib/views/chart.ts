import { t } from '../../i18n/index.ts';
import { layoutBars, type BarLayout } from '../charts/bars.ts';
import { editionsOf, seriesRows, type FigureLike, type SeriesRow } from '../charts/series.ts';
import { stackBars, type StackedLayout, type StackPart } from '../charts/stacked.ts';
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
  /** Barometer headline charts: each bar split in non-users + low skills, definition changes marked. */
  stack?: { layout: StackedLayout; parts: StackPart[] } | undefined;
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

/** The chart of one of the site's series (stacked when every bar is a barometer edition's headline). */
export function chartOf(site: Site, serie: SerieLike): ChartView {
  const view = chartView(serie, site.chiffres, (s) => site.source(s).data.organisation, t('site.name'));
  const parts = view.rows.map((r) => {
    const ref = site.chiffres.find((c) => c.id === r.id)?.data.barometre;
    const e = site.editions.find((x) => x.id === ref)?.data;
    return e && e.vulnerabilite === r.value ? { first: e.nonUtilisateurs, second: e.competencesFaibles, definition: e.definition } : undefined;
  });
  if (parts.length < 2 || parts.some((p) => p === undefined)) return view;
  const known = parts as StackPart[];
  const layout = stackBars(
    view.layout,
    view.rows.map((r) => r.value),
    known,
    { first: t('chart.stack.nonUsers'), second: t('chart.stack.lowSkills'), change: (d) => (d === 'depuis-2021' ? t('chart.stack.change.depuis-2021') : d) },
    view.rows[0]?.unite ?? '%',
  );
  return { ...view, stack: { layout, parts: known } };
}

/** Narrowest width an embedded chart is laid out for, in CSS pixels (a small phone). */
export const EMBED_MIN_WIDTH = 320;

/**
 * Height, in CSS pixels, that an `<iframe>` of the embed page needs to show everything (title, chart, finding, note,
 * source line, link back) at EMBED_MIN_WIDTH. Wider frames need less (text wraps less, the chart keeps its aspect
 * ratio up to its natural width), so this height never cuts the chart at any common width; it is the no-script
 * height, measured against Chromium by tests/e2e/embed.test.ts. Text widths are estimated generously per character.
 */
export function embedHeight(chart: ChartView, width = EMBED_MIN_WIDTH): number {
  const inner = width - 2 * 9;
  const lines = (text: string, charWidth: number) => Math.max(1, Math.ceil((text.length * charWidth) / inner));
  const sourceLine = `Source : ${chart.editions.join(' ; ')}, cité dans ${chart.sources.map((s) => s.label).join(' ; ')} (${chart.locators.join(' ; ')}).`;
  const note = chart.editions.length > 1 || chart.note ? lines(`À noter : ${chart.note ?? chart.editions.join(' ; ')}`, 10) * 27 + 18 : 0;
  const parts = [
    lines(chart.title, 12.5) * 30 + 30, // title (h3)
    Math.ceil((Math.min(inner, chart.layout.width * 1.5) * chart.layout.height) / chart.layout.width) + 18, // chart
    lines(chart.finding, 10.5) * 27 + 18, // finding
    note,
    lines(sourceLine, 9) * 25 + 18, // source line
    2 * 27 + 18, // link back
  ];
  // 15 % more than the estimate: browsers wrap French text a little wider than these character widths.
  return Math.ceil((parts.reduce((a, b) => a + b, 0) + 2 * 9 + 24) * 1.15);
}
