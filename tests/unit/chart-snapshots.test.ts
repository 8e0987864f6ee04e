import { describe, expect, it } from 'vitest';
import { layoutBars } from '../../src/lib/charts/bars.ts';
import { seriesRows, type FigureLike } from '../../src/lib/charts/series.ts';
import { renderBarSvg } from '../../src/lib/charts/svg.ts';
import { loadContent } from '../../src/lib/integrity/load.ts';

// Every committed series, drawn as on the site. A changed chart shows up as a diff of tests/unit/__snapshots__/charts/.
// Refresh after an intended change: npx vitest run --project unit -u
const { entries } = loadContent('content');
const figures = entries.filter((e) => e.collection === 'chiffres').map((e) => ({ id: e.id, data: e.data }) as FigureLike);
const series = entries.filter((e) => e.collection === 'series').map((e) => ({ id: e.id, data: e.data as { titre: string; constat: string } }));

/** Stable text for review: ids renumbered in order of appearance, numbers rounded to whole pixels. */
function normalizeSvg(svg: string): string {
  const ids = new Map<string, string>();
  return svg
    .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${ids.get(id) ?? (ids.set(id, `id${ids.size}`), ids.get(id))}"`)
    .replace(
      /aria-labelledby="([^"]+)"/g,
      (_, list: string) =>
        `aria-labelledby="${list
          .split(' ')
          .map((id) => ids.get(id) ?? id)
          .join(' ')}"`,
    )
    .replace(/(\d+\.\d+)/g, (n) => String(Math.round(Number(n))))
    .replace(/></g, '>\n<');
}

describe('graphiques du contenu', () => {
  it('il y a des séries à dessiner', () => {
    expect(series.length).toBeGreaterThan(3);
  });

  for (const s of series) {
    const rows = seriesRows(s.id, figures);
    const layout = layoutBars(
      rows.map((r) => ({ id: r.id, label: r.label, value: r.value })),
      { unite: rows[0]?.unite ?? '%' },
    );

    it(`${s.id} : étiquettes sans chevauchement, barres depuis zéro`, () => {
      for (let i = 1; i < layout.bars.length; i++) {
        const above = layout.bars[i - 1]!;
        const bar = layout.bars[i]!;
        // The label of a row (baseline labelY, ~16 px font) sits below the previous bar and its value label.
        expect(bar.labelY - 18).toBeGreaterThanOrEqual(above.y + above.height);
        expect(bar.labelY - 18).toBeGreaterThanOrEqual(above.valueY);
      }
      for (const b of layout.bars) {
        expect(b.x).toBe(layout.bars[0]!.x);
        expect(b.valueX + b.valueLabel.length * 11).toBeLessThanOrEqual(layout.width + 1);
        // Category labels (18 px, about 9 px a character) fit the chart's width at every screen size.
        expect(b.label.length * 9, b.label).toBeLessThanOrEqual(layout.width);
      }
    });

    it(`${s.id} : instantané SVG`, async () => {
      const svg = renderBarSvg(layout, { id: s.id, title: s.data.titre, desc: s.data.constat });
      await expect(normalizeSvg(svg)).toMatchFileSnapshot(`__snapshots__/charts/${s.id}.svg`);
    });
  }
});
