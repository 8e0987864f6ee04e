import { t } from '../../i18n/index.ts';
import { citationHead } from '../citation.ts';
import { layoutBars, type BarLayout } from '../charts/bars.ts';
import { chartFrame, renderBarSvg } from '../charts/svg.ts';
import { renderStackedSvg } from '../charts/stacked-svg.ts';
import { editionsOf, seriesRows, type FigureLike, type SeriesRow } from '../charts/series.ts';
import { stackBars, type StackedLayout, type StackPart } from '../charts/stacked.ts';
import { absoluteUrl, chartUrl, embedUrl, entryUrl, sourceUrl } from '../routes.ts';
import type { Site } from '../site.ts';
import type { Link } from './entry.ts';

/** Design widths, in SVG units: a phone column, and the text column of a wider screen (and the exported images). */
export const CHART_WIDTHS = { narrow: 360, wide: 720 } as const;

/** A publication credited in the source line; linked when it is itself one of the site's documents. */
export interface Credit {
  label: string;
  href?: string | undefined;
}

/**
 * Everything a chart shows, from a series and the figures that cite it: rows, bar geometry, the publications its
 * numbers come from and the source line. The chart page, the embed, the downloads (SVG, PNG, CSV) all start here.
 */
export interface ChartView {
  id: string;
  title: string;
  /** Measure, population or place, and data years, read from the figures. */
  subtitle: string;
  /** What the horizontal axis measures, with its unit. */
  axisTitle: string;
  finding: string;
  dimension: string;
  note?: string | undefined;
  rows: (SeriesRow & { href: string })[];
  /** Geometry for a phone (360 units wide) and for a wide column and the exports (720). */
  layout: BarLayout;
  wideLayout: BarLayout;
  /** Distinct publications (« FRB, Baromètre 2022 ») the numbers come from. */
  editions: string[];
  /** The publications of the source line, in order. */
  credits: Credit[];
  /** Documents of this site that print the numbers, when they are not the publications themselves. */
  citedIn: Link[];
  /** Documents of this site that print the numbers. */
  sources: Link[];
  /** Where in those documents. */
  locators: string[];
  /** The complete source line in words, as on the page: « Source : …, cité dans … (p. 3). » */
  sourceLine: string;
  /** The source line and the credit of this site, as printed inside exported images. */
  footer: string;
  /** Permanent address of the chart page. */
  permalink: string;
  /** Ready-to-paste citation, without the day of access. */
  citation: string;
  /** Barometer headline charts: each bar split in non-users + low skills, definition changes marked. */
  stack?: { layout: StackedLayout; wideLayout: StackedLayout; parts: StackPart[] } | undefined;
}

export interface SerieLike {
  id: string;
  data: { titre: string; constat: string; dimension: string; note?: string | undefined };
}

/** What chartView reads of a figure beyond its row: the measure, who is counted and what the unit counts. */
export type ChartFigureLike = FigureLike & { data: { mesure?: string | undefined; population?: string | undefined; uniteLibelle?: string | undefined } };

const withoutAsides = (s: string) =>
  s
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/[,;:]\s*$/, '')
    .trim();
const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('fr-BE') + s.slice(1);
const TRAILING_SMALL_WORDS = /\s+(?:par|pour|dans|en|de|des|du|d'|la|le|les|l'|un|une|à|au|aux|et|ou|qui)$/i;

/** The value most rows share (more than half of them), if any. */
function shared(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const [best, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [undefined, 0];
  return n * 2 > values.length ? best : undefined;
}

/** The measure of a chart: the one most rows share, else the words all rows start with, else the first row's. */
export function commonMeasure(measures: readonly string[]): string | undefined {
  const plain = measures.map(withoutAsides).filter(Boolean);
  const most = shared(plain);
  if (most) return most;
  const words = plain.map((m) => m.split(/\s+/));
  const first = words[0] ?? [];
  let n = 0;
  while (n < first.length && words.every((w) => w[n] === first[n])) n++;
  let prefix = first
    .slice(0, n)
    .join(' ')
    .replace(/[,;:]$/, '');
  while (TRAILING_SMALL_WORDS.test(prefix)) prefix = prefix.replace(TRAILING_SMALL_WORDS, '');
  return prefix.split(' ').length >= 3 ? prefix : plain[0];
}

/** Who is counted: the population most rows share, else the place they all end with (« …, Belgique »). */
export function commonPopulation(populations: readonly string[]): string | undefined {
  const most = shared(populations);
  if (most) return most;
  const places = populations.map((p) => p.split(',').pop()?.trim() ?? '');
  return shared(places) && places.every((p) => p === places[0]) ? places[0] : undefined;
}

/** « 2019, 2021 et 2023 ». */
export const listYears = (years: readonly number[]): string => {
  const sorted = [...new Set(years)].sort((a, b) => a - b).map(String);
  return sorted.length <= 1 ? (sorted[0] ?? '') : `${sorted.slice(0, -1).join(', ')} ${t('chart.and')} ${sorted[sorted.length - 1] ?? ''}`;
};

export function chartView(
  serie: SerieLike,
  figures: readonly ChartFigureLike[],
  organisationOf: (sourceId: string) => string,
  siteName: string,
  permalink = absoluteUrl(chartUrl(serie.id)),
): ChartView {
  const rows = seriesRows(serie.id, figures);
  const data = rows.map((r) => ({ id: r.id, label: r.label, value: r.value }));
  const unite = rows[0]?.unite ?? '%';
  const layout = layoutBars(data, { unite, width: CHART_WIDTHS.narrow });
  const wideLayout = layoutBars(data, { unite, width: CHART_WIDTHS.wide });
  const editions = editionsOf(rows);
  const mine = rows.map((r) => figures.find((f) => f.id === r.id)?.data);
  const measure = commonMeasure(mine.map((d) => d?.mesure ?? '').filter(Boolean)) ?? serie.data.dimension;
  const population = commonPopulation(mine.map((d) => d?.population ?? '').filter(Boolean));
  const subtitle = [
    capitalise(measure),
    population ?? t('chart.bySeries', { dimension: serie.data.dimension }),
    t('chart.dataYears', { years: listYears(rows.map((r) => r.anneeDonnees)) }),
  ].join(' — ');
  const counted = shared(mine.map((d) => d?.uniteLibelle ?? '').filter(Boolean));
  const axisTitle =
    unite === '%' ? t('chart.axis.percent', { measure }) : unite === 'euros' ? t('chart.axis.euros', { measure }) : capitalise(counted ?? measure);
  const sources = [...new Set(rows.map((r) => r.source))].map((s) => ({ href: sourceUrl(s), label: organisationOf(s) }));
  // A publication that is itself one of the site's documents is linked, not « cité dans » itself.
  const credits = editions.map((label) => ({ label, href: sources.find((s) => s.label === label)?.href }));
  const citedIn = sources.filter((s) => !credits.some((c) => c.href === s.href));
  const locators = [...new Set(rows.map((r) => r.emplacement))];
  const sourceLine = `${t('chart.source')} ${editions.join(' ; ')}${citedIn.length > 0 ? `, ${t('chart.citedIn')} ${citedIn.map((s) => s.label).join(' ; ')}` : ''}${locators.length > 0 ? ` (${locators.join(' ; ')})` : ''}.`;
  return {
    id: serie.id,
    title: serie.data.titre,
    subtitle,
    axisTitle,
    finding: serie.data.constat,
    dimension: serie.data.dimension,
    note: serie.data.note,
    rows: rows.map((r) => ({ ...r, href: entryUrl('chiffres', r.id) })),
    layout,
    wideLayout,
    editions,
    credits,
    citedIn,
    sources,
    locators,
    sourceLine,
    footer: `${sourceLine} ${t('chart.madeBy', { site: siteName, url: permalink })}`,
    permalink,
    citation: `${citationHead({ title: serie.data.titre, kind: t('chart.kind') })} ${sourceLine} ${permalink}`,
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
  const stackOf = (base: typeof view.layout) =>
    stackBars(
      base,
      view.rows.map((r) => r.value),
      known,
      { first: t('chart.stack.nonUsers'), second: t('chart.stack.lowSkills'), change: (d) => (d === 'depuis-2021' ? t('chart.stack.change.depuis-2021') : d) },
      view.rows[0]?.unite ?? '%',
    );
  return { ...view, stack: { layout: stackOf(view.layout), wideLayout: stackOf(view.wideLayout), parts: known } };
}

/** Narrowest width an embedded chart is laid out for, in CSS pixels (a small phone). */
export const EMBED_MIN_WIDTH = 320;

/**
 * Height, in CSS pixels, that an `<iframe>` of the embed page needs to show everything (title, subtitle, chart,
 * finding, note, source line, citation, link back) at EMBED_MIN_WIDTH. Wider frames need less (text wraps less, the
 * chart keeps its aspect ratio up to its natural width), so this height never cuts the chart at any common width; it
 * is the no-script height, measured against Chromium by tests/e2e/embed.test.ts. Text widths are estimated generously.
 */
export function embedHeight(chart: ChartView, width = EMBED_MIN_WIDTH): number {
  const inner = width - 2 * 9;
  // The phone drawing, taller when split bars add their legend and definition-change marks.
  const drawn = chart.stack?.layout.layout ?? chart.layout;
  const lines = (text: string, charWidth: number) => Math.max(1, Math.ceil((text.length * charWidth) / inner));
  const note = chart.editions.length > 1 || chart.note ? lines(`À noter : ${chart.note ?? chart.editions.join(' ; ')}`, 10) * 27 + 18 : 0;
  const parts = [
    lines(chart.title, 12.5) * 30 + 30, // title (h3)
    lines(chart.subtitle, 9.5) * 26 + 12, // subtitle
    Math.ceil((inner * drawn.height) / drawn.width) + 18 + 3 * 22, // chart, axis title
    lines(chart.finding, 10.5) * 27 + 18, // finding
    note,
    lines(chart.sourceLine, 9) * 25 + 18, // source line
    30 + 18 + lines(chart.citation, 9) * 25 + 18 + lines(chart.permalink, 9) * 25 + 18, // « Citer ce graphique »
    2 * 27 + 18, // link back
  ];
  // 30 % more than the estimate: browsers wrap French text wider than these character widths (measured in Chromium at
  // 320 px: up to 11 % more than a 15 % margin gave, once the subtitle and the citation block came in).
  return Math.ceil((parts.reduce((a, b) => a + b, 0) + 2 * 9 + 24) * 1.3);
}

/** What an exported picture carries besides the bars (see exportSvg). */
const exportText = (chart: ChartView, withHeading: boolean) => ({
  id: chart.id,
  title: chart.title,
  desc: chart.finding,
  heading: withHeading ? chart.title : undefined,
  subtitle: chart.subtitle,
  axisTitle: chart.axisTitle,
  note: chart.note ? `${t('chart.note')} ${chart.note}` : undefined,
  footer: chart.footer,
  standalone: true,
});

/**
 * The standalone SVG of a chart (download, and the source of the PNG and the social preview): the wide drawing with its
 * subtitle, axis title, note and source line inside the picture. `withHeading` adds the title on top, for pictures
 * that travel without any page around them (PNG, social preview); the SVG file has it in its <title>.
 */
export const exportSvg = (chart: ChartView, withHeading: boolean): string =>
  chart.stack ? renderStackedSvg(chart.stack.wideLayout, exportText(chart, withHeading)) : renderBarSvg(chart.wideLayout, exportText(chart, withHeading));

/** A small picture of the chart for the list of charts: the phone drawing, bars and labels only. */
export function thumbnailSvg(chart: ChartView): string {
  const text = { id: `${chart.id}-vignette`, title: chart.title, desc: chart.finding, standalone: true };
  return chart.stack ? renderStackedSvg(chart.stack.layout, text) : renderBarSvg(chart.layout, text);
}

/** Size of the thumbnail, for the width and height of its <img> (no layout shift). */
export const thumbnailSize = (chart: ChartView): { width: number; height: number } => {
  const { width, height } = chartFrame(chart.stack?.layout.layout ?? chart.layout, {});
  return { width, height };
};

/** Text alternative of a thumbnail: its bars in words (the finding is printed next to it). */
export const thumbnailAlt = (chart: ChartView): string =>
  t('charts.thumbAlt', { bars: chart.layout.bars.map((b) => `${b.label} : ${b.valueLabel}`).join(' ; ') });

/** The `<iframe>` code of a chart, as its chart page and the campaign kits give it (absolute address, height for 320 px, no border). */
export const embedSnippet = (chart: ChartView): string =>
  `<iframe src="${absoluteUrl(embedUrl(chart.id))}" title="${chart.title.replace(/"/g, '&quot;')}" width="100%" height="${embedHeight(chart)}" loading="lazy" style="border:0;max-width:100%"></iframe>`;
