import type { StackedLayout } from './stacked.ts';
import { CHART_COLORS, renderBarSvg } from './svg.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const r = (n: number) => Math.round(n * 10) / 10;

/**
 * Second segment colour (low skills), next to CHART_COLORS.bar (non-users): 4.8:1 on white (≥ 3:1 for marks) and set
 * apart from the first by lightness and by a white gap, so the split reads without colour too (legend and labels).
 */
export const STACK_COLORS = [CHART_COLORS.bar, '#5b7f1d'] as const;

/** The stacked chart's SVG: the bar chart (totals, labels, axis, footer), its two segments per bar, marks and legend. */
export function renderStackedSvg(stacked: StackedLayout, o: Parameters<typeof renderBarSvg>[1]): string {
  const parts: string[] = [];
  stacked.segments.forEach((pair) => {
    if (!pair) return;
    pair.forEach((s, i) => {
      parts.push(
        `<rect class="segment" x="${r(s.x)}" y="${r(s.y)}" width="${r(s.width)}" height="${r(s.height)}" fill="${STACK_COLORS[i]}" stroke="#ffffff" stroke-width="2"/>`,
      );
      if (s.width >= 34)
        parts.push(
          `<text x="${r(s.x + s.width / 2)}" y="${r(s.y + s.height / 2 + 5)}" font-size="14" font-weight="700" text-anchor="middle" fill="#ffffff">${esc(s.valueLabel)}</text>`,
        );
    });
  });
  for (const m of stacked.marks) {
    parts.push(
      `<line class="mark" x1="4" x2="${stacked.layout.width - 4}" y1="${r(m.y)}" y2="${r(m.y)}" stroke="${CHART_COLORS.text}" stroke-width="1.5" stroke-dasharray="5 4"/>`,
    );
    parts.push(`<text x="4" y="${r(m.textY)}" font-size="13" font-style="italic" fill="${CHART_COLORS.text}">${esc(m.label)}</text>`);
  }
  for (const l of stacked.legend) {
    parts.push(`<rect x="${r(l.x)}" y="${r(l.y - 13)}" width="16" height="16" fill="${STACK_COLORS[l.segment]}"/>`);
    parts.push(`<text x="${r(l.x + 22)}" y="${r(l.y)}" font-size="14" fill="${CHART_COLORS.text}">${esc(l.label)}</text>`);
  }
  // Drawn over the bars, inside the chart group.
  return renderBarSvg(stacked.layout, o, parts.join(''));
}
