import type { BarLayout } from './bars.ts';
import { textWidth, wrapToWidth } from './format.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const r = (n: number) => Math.round(n * 10) / 10;

/** A row label: one line as plain text, a wrapped one as lines under each other. */
const label = (b: BarLayout['bars'][number]) =>
  b.labelLines.length <= 1
    ? esc(b.label)
    : b.labelLines.map((line, i) => `<tspan x="${r(b.labelX)}"${i > 0 ? ` dy="${b.labelLineHeight}"` : ''}>${esc(line)}</tspan>`).join('');

/** Palette checked for contrast on white: bars 7.6:1 (≥ 3:1 for marks), text 16:1 and 8.9:1 (≥ 4.5:1). */
export const CHART_COLORS = { bar: '#0b5a43', text: '#1b1b1b', muted: '#4a4a4a', grid: '#c9c3b8', background: '#ffffff' } as const;

/** Left and right margin of every text line, in SVG units. */
export const TEXT_MARGIN = 4;

/** Font size, line height and weight of each kind of text block drawn around the bars. */
export const TEXT_STYLES = {
  heading: { size: 19, line: 24, bold: true, color: CHART_COLORS.text },
  subtitle: { size: 15, line: 20, bold: false, color: CHART_COLORS.muted },
  axis: { size: 14, line: 18, bold: false, color: CHART_COLORS.muted },
  note: { size: 13, line: 18, bold: false, color: CHART_COLORS.text },
  footer: { size: 13, line: 18, bold: false, color: CHART_COLORS.muted },
} as const;
export type TextKind = keyof typeof TEXT_STYLES;

/** One line of text placed in the SVG (baseline `y`), with its estimated width: the export test checks it. */
export interface PlacedLine {
  kind: TextKind;
  text: string;
  x: number;
  y: number;
  width: number;
}

export interface ChartText {
  id: string;
  title: string;
  desc: string;
  /** Drawn above the chart (PNG and social previews, which travel without the page around them). */
  heading?: string | undefined;
  subtitle?: string | undefined;
  /** What the horizontal axis measures, under its ticks (drawn on the page too). */
  axisTitle?: string | undefined;
  /** A note on definitions or editions, drawn above the source line in standalone files. */
  note?: string | undefined;
  /** The complete source line, wrapped inside the image for standalone files. */
  footer?: string | undefined;
  standalone?: boolean;
}

/** Wraps a block of text to the chart's width and places its lines from `top`; returns the lines and the next free y. */
function place(kind: TextKind, text: string | undefined, width: number, top: number): { lines: PlacedLine[]; bottom: number } {
  if (!text) return { lines: [], bottom: top };
  const s = TEXT_STYLES[kind];
  const lines = wrapToWidth(text, width - 2 * TEXT_MARGIN, s.size, s.bold).map((line, i) => ({
    kind,
    text: line,
    x: TEXT_MARGIN,
    // Baseline: the line's box starts at top + i × line height; descenders stay inside the line height.
    y: top + i * s.line + Math.round(s.size * 0.95),
    width: textWidth(line, s.size, s.bold),
  }));
  return { lines, bottom: top + lines.length * s.line };
}

/** Where every text line and the bars go in the full picture: the page and the exports share this layout. */
export function chartFrame(layout: BarLayout, o: Omit<ChartText, 'id' | 'title' | 'desc'>) {
  const w = layout.width;
  const heading = place('heading', o.heading, w, o.heading ? 4 : 0);
  const subtitle = place('subtitle', o.subtitle, w, heading.bottom + (o.heading ? 2 : 0));
  const chartTop = subtitle.bottom + (o.heading || o.subtitle ? 10 : 0);
  const axis = place('axis', o.axisTitle, w, chartTop + layout.height - 2);
  const note = place('note', o.note, w, axis.bottom + (o.note ? 8 : 0));
  const footer = place('footer', o.footer, w, note.bottom + (o.footer ? 8 : 0));
  const height = Math.ceil(footer.bottom + (o.footer || o.note ? 8 : 4));
  return { width: w, height, chartTop, lines: [...heading.lines, ...subtitle.lines, ...axis.lines, ...note.lines, ...footer.lines] };
}

/**
 * The chart's SVG markup, one function for the page, the SVG download and the PNG: the same picture everywhere.
 * Every text block is wrapped to the width (chartFrame), so a long source line is never cut in an exported image.
 */
/** The SVG of a bar chart; `overlay` is drawn over the bars inside the chart's group (e.g. stacked segments). */
export function renderBarSvg(layout: BarLayout, o: ChartText, overlay = ''): string {
  const c = CHART_COLORS;
  const frame = chartFrame(layout, o);
  const { width, height } = frame;
  const parts: string[] = [];
  parts.push(
    `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${o.id}-titre ${o.id}-desc"${o.standalone ? ' xmlns="http://www.w3.org/2000/svg"' : ''} font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">`,
    `<title id="${o.id}-titre">${esc(o.title)}</title>`,
    `<desc id="${o.id}-desc">${esc(o.desc)}</desc>`,
  );
  if (o.standalone) parts.push(`<rect width="${width}" height="${height}" fill="${c.background}"/>`);
  parts.push(`<g transform="translate(0 ${frame.chartTop})">`);
  for (const t of layout.ticks) {
    parts.push(`<line x1="${r(t.x)}" x2="${r(t.x)}" y1="0" y2="${r(layout.axisY)}" stroke="${c.grid}" stroke-width="1"/>`);
    parts.push(`<text x="${r(t.x)}" y="${r(layout.axisY + 20)}" font-size="15" text-anchor="${t.anchor}" fill="${c.muted}">${esc(t.label)}</text>`);
  }
  for (const b of layout.bars) {
    parts.push(
      `<g class="bar"><text x="${r(b.labelX)}" y="${r(b.labelY)}" font-size="18" fill="${c.text}">${label(b)}</text>` +
        `<rect x="${r(b.x)}" y="${r(b.y)}" width="${r(b.width)}" height="${r(b.height)}" fill="${c.bar}"/>` +
        `<text x="${r(b.valueX)}" y="${r(b.valueY)}" font-size="19" font-weight="700" fill="${c.text}">${esc(b.valueLabel)}</text></g>`,
    );
  }
  const x0 = layout.bars[0]?.x ?? 4;
  parts.push(`<line x1="${r(x0)}" x2="${r(x0)}" y1="0" y2="${r(layout.axisY)}" stroke="${c.text}" stroke-width="2"/>`, overlay, '</g>');
  for (const line of frame.lines) {
    const s = TEXT_STYLES[line.kind];
    parts.push(
      `<text class="chart-${line.kind}" x="${line.x}" y="${line.y}" font-size="${s.size}"${s.bold ? ' font-weight="700"' : ''} fill="${s.color}">${esc(line.text)}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
