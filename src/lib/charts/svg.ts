import type { BarLayout } from './bars.ts';
import { wrap } from './format.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const r = (n: number) => Math.round(n * 10) / 10;

/** A row label: one line as plain text, a wrapped one as lines under each other. */
const label = (b: BarLayout['bars'][number]) =>
  b.labelLines.length <= 1
    ? esc(b.label)
    : b.labelLines.map((line, i) => `<tspan x="${r(b.labelX)}"${i > 0 ? ` dy="${b.labelLineHeight}"` : ''}>${esc(line)}</tspan>`).join('');

/** Palette checked for contrast on white: bars 7.6:1 (≥ 3:1 for marks), text 16:1 and 8.9:1 (≥ 4.5:1). */
export const CHART_COLORS = { bar: '#0b5a43', text: '#1b1b1b', muted: '#4a4a4a', grid: '#c9c3b8', background: '#ffffff' } as const;

/**
 * The chart's SVG markup, one function for the page, the SVG download and the PNG: the same picture everywhere.
 * `footer` adds the source line inside the SVG, for standalone files.
 */
export function renderBarSvg(
  layout: BarLayout,
  o: { id: string; title: string; desc: string; footer?: string; standalone?: boolean; heading?: string | undefined },
): string {
  const c = CHART_COLORS;
  const extra = o.footer ? 30 : 0;
  // A visible heading (PNG and social previews, which travel without the page around them).
  const headingLines = o.heading ? wrap(o.heading, Math.floor(layout.width / 11)) : [];
  const top = headingLines.length * 24 + (headingLines.length > 0 ? 12 : 0);
  const height = layout.height + extra + top;
  const parts: string[] = [];
  parts.push(
    `<svg class="chart" viewBox="0 0 ${layout.width} ${height}" width="${layout.width}" height="${height}" role="img" aria-labelledby="${o.id}-titre ${o.id}-desc"${o.standalone ? ' xmlns="http://www.w3.org/2000/svg"' : ''} font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">`,
    `<title id="${o.id}-titre">${esc(o.title)}</title>`,
    `<desc id="${o.id}-desc">${esc(o.desc)}</desc>`,
  );
  if (o.standalone) parts.push(`<rect width="${layout.width}" height="${height}" fill="${c.background}"/>`);
  headingLines.forEach((line, i) => parts.push(`<text x="4" y="${22 + i * 24}" font-size="19" font-weight="700" fill="${c.text}">${esc(line)}</text>`));
  parts.push(`<g transform="translate(0 ${top})">`);
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
  parts.push(`<line x1="${r(x0)}" x2="${r(x0)}" y1="0" y2="${r(layout.axisY)}" stroke="${c.text}" stroke-width="2"/>`);
  if (o.footer) parts.push(`<text x="4" y="${r(layout.height + 18)}" font-size="13" fill="${c.muted}">${esc(o.footer)}</text>`);
  parts.push('</g></svg>');
  return parts.join('');
}
