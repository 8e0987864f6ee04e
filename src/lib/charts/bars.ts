import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import { formatChartValue, wrap } from './format.ts';

export interface BarDatum {
  id: string;
  label: string;
  value: number;
}

export interface BarGeometry {
  id: string;
  label: string;
  valueLabel: string;
  /** The row label cut into lines that fit the chart's width (most labels: one line). */
  labelLines: string[];
  /** Distance between the baselines of two label lines. */
  labelLineHeight: number;
  /** Baseline of the label's first line. */
  labelX: number;
  labelY: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Value label, right after the bar end (never inside it, so text contrast never depends on the bar colour). */
  valueX: number;
  valueY: number;
}

export interface BarLayout {
  width: number;
  height: number;
  bars: BarGeometry[];
  /** Axis ticks; the first is anchored at its start so that « 0 % » is not cut at the left edge. */
  ticks: { x: number; label: string; anchor: 'start' | 'middle' }[];
  axisY: number;
  domainMax: number;
}

export interface BarOptions {
  unite: '%' | 'nombre' | 'euros';
  width?: number;
  barHeight?: number;
  /** Space for the row label above each bar. */
  labelHeight?: number;
  gap?: number;
  /** Space kept right of the longest bar for its value label. */
  valueSpace?: number;
}

/** Default sizes, in SVG units: 360 wide so that text stays readable when a phone shows the chart at ~290 px. */
export const BAR_DEFAULTS = { width: 360, barHeight: 26, labelHeight: 27, gap: 14, valueSpace: 80 } as const;

/** Row labels are 18 units high; about 10 units per character on average for French text in a system sans-serif. */
export const LABEL_CHAR_WIDTH = 10;
const LABEL_LINE = 22;

/**
 * Horizontal bar chart geometry: each category gets its label above its bar (wrapped when it is longer than the
 * chart is wide), so long French labels never collide nor get cut, and the chart reads at 320 px. Bars start at zero; percentages on a 0–100 axis.
 */
export function layoutBars(data: readonly BarDatum[], options: BarOptions): BarLayout {
  const { unite, width, barHeight, labelHeight, gap, valueSpace } = { ...BAR_DEFAULTS, ...options };
  const left = 4;
  const top = 8;
  const dataMax = max(data, (d) => d.value) ?? 0;
  const domainMax = unite === '%' ? 100 : dataMax === 0 ? 1 : dataMax;
  const x = scaleLinear()
    .domain([0, domainMax])
    .range([left, width - valueSpace]);
  if (unite !== '%') x.nice(4);
  const perLine = Math.max(8, Math.floor((width - left * 2) / LABEL_CHAR_WIDTH));
  let rowTop = top;
  const bars = data.map((d): BarGeometry => {
    const labelLines = wrap(d.label, perLine);
    const y = rowTop + labelHeight + (labelLines.length - 1) * LABEL_LINE;
    rowTop = y + barHeight + gap;
    const w = Math.max(0, x(d.value) - x(0));
    return {
      id: d.id,
      label: d.label,
      labelLines,
      labelLineHeight: LABEL_LINE,
      valueLabel: formatChartValue(d.value, unite),
      labelX: left,
      labelY: y - 7 - (labelLines.length - 1) * LABEL_LINE,
      x: x(0),
      y,
      width: w,
      height: barHeight,
      valueX: x(0) + w + 6,
      valueY: y + barHeight / 2 + 6,
    };
  });
  const axisY = rowTop;
  const ticks = x
    .ticks(unite === '%' ? 5 : 4)
    .map((t, i) => ({ x: x(t), label: formatChartValue(t, unite), anchor: i === 0 ? ('start' as const) : ('middle' as const) }));
  return { width, height: axisY + 28, bars, ticks, axisY, domainMax: x.domain()[1] ?? domainMax };
}
