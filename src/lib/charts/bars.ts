import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import { formatChartValue } from './format.ts';

export interface BarDatum {
  id: string;
  label: string;
  value: number;
}

export interface BarGeometry {
  id: string;
  label: string;
  valueLabel: string;
  /** Row label baseline. */
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

/**
 * Horizontal bar chart geometry: each category gets its label on one line and its bar under it, so long
 * French labels never collide and the chart reads at 320 px. Bars start at zero; percentages on a 0–100 axis.
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
  const row = labelHeight + barHeight + gap;
  const bars = data.map((d, i): BarGeometry => {
    const y = top + i * row + labelHeight;
    const w = Math.max(0, x(d.value) - x(0));
    return {
      id: d.id,
      label: d.label,
      valueLabel: formatChartValue(d.value, unite),
      labelX: left,
      labelY: y - 7,
      x: x(0),
      y,
      width: w,
      height: barHeight,
      valueX: x(0) + w + 6,
      valueY: y + barHeight / 2 + 6,
    };
  });
  const axisY = top + data.length * row;
  const ticks = x
    .ticks(unite === '%' ? 5 : 4)
    .map((t, i) => ({ x: x(t), label: formatChartValue(t, unite), anchor: i === 0 ? ('start' as const) : ('middle' as const) }));
  return { width, height: axisY + 28, bars, ticks, axisY, domainMax: x.domain()[1] ?? domainMax };
}
