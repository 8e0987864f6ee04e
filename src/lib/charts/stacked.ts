import type { BarLayout } from './bars.ts';
import { formatChartValue } from './format.ts';

/** One bar's split, in the bar's unit, with the definition of the indicator it was measured with. */
export interface StackPart {
  /** First segment (drawn from the axis), e.g. people who do not use the internet. */
  first: number;
  /** Second segment, e.g. people with low digital skills. */
  second: number;
  /** Indicator definition; a change between two bars is marked between them. */
  definition: string;
}

export interface StackSegment {
  x: number;
  y: number;
  width: number;
  height: number;
  valueLabel: string;
}

export interface StackedLayout {
  /** The bar layout, moved down where a definition change is marked and made taller for the legend. */
  layout: BarLayout;
  /** Per bar, its two segments (undefined when the bar has no split). */
  segments: (readonly [StackSegment, StackSegment] | undefined)[];
  /** A dashed line and its label between two bars measured with different definitions. */
  marks: { y: number; textY: number; label: string }[];
  /** Legend swatches under the axis. */
  legend: { x: number; y: number; label: string; segment: 0 | 1 }[];
}

/** Space added above a bar measured with a new definition, for the mark's line and label. */
export const MARK_SPACE = 26;
const LEGEND_SPACE = 54;

/**
 * Splits each bar of a layout in two stacked segments (its total stays the bar: e.g. 40 % = 8 % + 32 %) and marks
 * where the definition changes between two bars. Pure geometry; the split must add up to the bar's value.
 */
export function stackBars(
  base: BarLayout,
  values: readonly number[],
  parts: readonly (StackPart | undefined)[],
  labels: { first: string; second: string; change: (definition: string) => string },
  unite: '%' | 'nombre' | 'euros' = '%',
): StackedLayout {
  let shift = 0;
  const marks: StackedLayout['marks'] = [];
  const bars = base.bars.map((b, i) => {
    const part = parts[i];
    const previous = i > 0 ? parts[i - 1] : undefined;
    if (part && previous && part.definition !== previous.definition) {
      const top = b.labelY - 18 + shift;
      marks.push({ y: top + 4, textY: top + 19, label: labels.change(part.definition) });
      shift += MARK_SPACE;
    }
    return { ...b, y: b.y + shift, labelY: b.labelY + shift, valueY: b.valueY + shift };
  });
  const segments = bars.map((b, i): readonly [StackSegment, StackSegment] | undefined => {
    const part = parts[i];
    const total = values[i] ?? 0;
    if (!part || total <= 0) return undefined;
    if (Math.abs(part.first + part.second - total) > 1e-9) throw new Error(`la répartition ${part.first} + ${part.second} ne fait pas ${total}`);
    const w1 = (b.width * part.first) / total;
    return [
      { x: b.x, y: b.y, width: w1, height: b.height, valueLabel: formatChartValue(part.first, unite) },
      { x: b.x + w1, y: b.y, width: b.width - w1, height: b.height, valueLabel: formatChartValue(part.second, unite) },
    ];
  });
  const axisY = base.axisY + shift;
  const legendY = axisY + 48;
  const layout: BarLayout = { ...base, bars, axisY, height: base.height + shift + LEGEND_SPACE };
  return {
    layout,
    segments,
    marks,
    legend: [
      { x: 4, y: legendY, label: labels.first, segment: 0 },
      // One item per line: two French labels side by side do not fit a phone's width.
      { x: 4, y: legendY + 24, label: labels.second, segment: 1 },
    ],
  };
}
