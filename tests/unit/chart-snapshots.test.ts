import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LABEL_CHAR_WIDTH, layoutBars, type BarLayout } from '../../src/lib/charts/bars.ts';
import { seriesRows, type FigureLike } from '../../src/lib/charts/series.ts';
import { renderBarSvg } from '../../src/lib/charts/svg.ts';
import { loadContent } from '../../src/lib/integrity/load.ts';
import { chartView, exportSvg } from '../../src/lib/views/chart.ts';
import { contentFigures, frenchNumber } from '../site/figures.ts';

/** A chart drawn as on the site: figures naming the series → rows → layout → SVG. */
function draw(id: string, titre: string, constat: string, figures: readonly FigureLike[]) {
  const rows = seriesRows(id, figures);
  const layout = layoutBars(
    rows.map((r) => ({ id: r.id, label: r.label, value: r.value })),
    { unite: rows[0]?.unite ?? '%' },
  );
  // As on the page: the phone drawing with its axis title.
  return { rows, layout, svg: renderBarSvg(layout, { id, title: titre, desc: constat, axisTitle: `${titre}, axe` }) };
}

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

/** Rows never overlap, bars start at zero, labels and values stay inside the chart's width. */
function expectReadable(layout: BarLayout, id: string) {
  for (let i = 1; i < layout.bars.length; i++) {
    const above = layout.bars[i - 1]!;
    const bar = layout.bars[i]!;
    // The label of a row (baseline labelY, ~18 px font) sits below the previous bar and its value label.
    expect(bar.labelY - 18, id).toBeGreaterThanOrEqual(above.y + above.height);
    expect(bar.labelY - 18, id).toBeGreaterThanOrEqual(above.valueY);
  }
  for (const b of layout.bars) {
    expect(b.x, id).toBe(layout.bars[0]!.x);
    expect(b.valueX + b.valueLabel.length * 11, `${id} ${b.valueLabel}`).toBeLessThanOrEqual(layout.width + 1);
    for (const line of b.labelLines) expect(b.labelX + line.length * LABEL_CHAR_WIDTH, `${id} ${line}`).toBeLessThanOrEqual(layout.width);
  }
}

// Fixed series (tests/fixtures/charts/*.json), as Observable Plot draws its test plots from test/data: editing content
// never changes these snapshots. Refresh after an intended change of the drawing:
// npx vitest run --project unit -u tests/unit/chart-snapshots.test.ts
interface ChartFixture {
  titre: string;
  constat: string;
  unite: FigureLike['data']['unite'];
  lignes: { categorie: string; ordreCategorie: number; valeur: number }[];
}
const FIXTURES = 'tests/fixtures/charts';
const fixtures = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ id: f.replace(/\.json$/, ''), ...(JSON.parse(readFileSync(`${FIXTURES}/${f}`, 'utf8')) as ChartFixture) }));
const fixtureFigures = (c: (typeof fixtures)[number]): FigureLike[] =>
  c.lignes.map((l, i) => ({
    id: `${c.id}-${String(i)}`,
    data: { ...l, serie: c.id, unite: c.unite, editeur: 'Fixture', anneeDonnees: 2024, source: 'fixture', emplacement: 'p. 1' },
  }));

describe('graphiques dessinés depuis des séries fixes (tests/fixtures/charts/)', () => {
  it('il y a des séries fixes', () => {
    expect(fixtures.map((c) => c.id)).toEqual(['euros', 'libelles-longs', 'nombres', 'pourcentages']);
  });

  for (const c of fixtures) {
    it(`${c.id} : lisible et instantané SVG`, async () => {
      const { layout, svg } = draw(c.id, c.titre, c.constat, fixtureFigures(c));
      expectReadable(layout, c.id);
      await expect(normalizeSvg(svg)).toMatchFileSnapshot(`__snapshots__/charts/${c.id}.svg`);
    });
    it(`${c.id} : image exportée (large, sous-titre, note et source coupées à la largeur)`, async () => {
      const chart = chartView(
        { id: c.id, data: { titre: c.titre, constat: c.constat, dimension: 'catégorie', note: 'Note de définition.' } },
        fixtureFigures(c),
        () => 'Document',
        'Site',
        `https://exemple.org/graphiques/${c.id}/`,
      );
      await expect(normalizeSvg(exportSvg(chart, true))).toMatchFileSnapshot(`__snapshots__/charts/${c.id}-export.svg`);
    });
  }
});

describe('chaque série du contenu se dessine', () => {
  const { entries } = loadContent('content');
  const figures = entries.filter((e) => e.collection === 'chiffres').map((e) => ({ id: e.id, data: e.data }) as FigureLike);
  const series = entries.filter((e) => e.collection === 'series').map((e) => ({ id: e.id, data: e.data as { titre: string; constat: string } }));
  // The figures as written in content/chiffres/, read apart from the site's loader.
  const written = contentFigures();

  it('il y a des séries à dessiner', () => {
    expect(series.length).toBeGreaterThan(3);
  });

  it('chaque série : au moins deux barres, lisibles, aux valeurs écrites dans content/chiffres/', () => {
    for (const s of series) {
      const { layout, svg } = draw(s.id, s.data.titre, s.data.constat, figures);
      expect(layout.bars.length, s.id).toBeGreaterThanOrEqual(2);
      expectReadable(layout, s.id);
      const byId = (x: { id: string }, y: { id: string }) => x.id.localeCompare(y.id);
      expect(layout.bars.map((b) => ({ id: b.id, label: b.label, value: frenchNumber(b.valueLabel) })).sort(byId), s.id).toEqual(
        written
          .filter((f) => f.serie === s.id)
          .map((f) => ({ id: f.id, label: f.categorie ?? f.id, value: f.valeur }))
          .sort(byId),
      );
      for (const b of layout.bars) expect(svg, s.id).toContain(`>${b.valueLabel}</text>`);
    }
  });
});
