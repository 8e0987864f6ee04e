import { describe, expect, it } from 'vitest';
import { BAR_DEFAULTS, LABEL_CHAR_WIDTH, layoutBars, type BarDatum, type BarGeometry, type BarOptions } from '../../src/lib/charts/bars.ts';
import { formatChartValue } from '../../src/lib/charts/format.ts';
import { editionsOf, seriesRows, type FigureLike } from '../../src/lib/charts/series.ts';
import { renderBarSvg } from '../../src/lib/charts/svg.ts';

const NNBSP = '\u202f';

const PCT: BarDatum[] = [
  { id: 'a', label: '16–24 ans', value: 46 },
  { id: 'b', label: '25–54 ans', value: 23 },
  { id: 'c', label: '55–74 ans', value: 7.5 },
  { id: 'd', label: 'Aucun', value: 0 },
  { id: 'e', label: 'Tous', value: 100 },
];
const COUNTS: BarDatum[] = [
  { id: '2008', label: '2008', value: 8259 },
  { id: '2018', label: '2018', value: 5126 },
  { id: '2020', label: '2020', value: 1 },
];

/** Vertical extent of a text line: from baseline − font size (ascent) to baseline + 0.3 × font size (descent). */
const textBox = (baseline: number, fontSize: number) => ({ top: baseline - fontSize, bottom: baseline + 0.3 * fontSize });
const LABEL_FONT = 16;
const VALUE_FONT = 17;

function expectProportional(bars: BarGeometry[], data: BarDatum[], pxPerUnit: number) {
  const ref = bars.reduce((a, b) => (b.width > a.width ? b : a));
  const refValue = data.find((d) => d.id === ref.id)!.value;
  for (const bar of bars) {
    const value = data.find((d) => d.id === bar.id)!.value;
    expect(Math.abs(bar.width - (ref.width * value) / refValue), bar.id).toBeLessThanOrEqual(0.5);
    expect(Math.abs(bar.width - value * pxPerUnit), bar.id).toBeLessThanOrEqual(0.5);
  }
}

describe('layoutBars', () => {
  const layouts: [string, BarDatum[], BarOptions][] = [
    ['pourcentages', PCT, { unite: '%' }],
    ['comptes', COUNTS, { unite: 'nombre' }],
    ['pourcentages, 320 px', PCT, { unite: '%', width: 320 }],
    [
      'euros, barres épaisses',
      [
        { id: 'x', label: 'Frais', value: 12.5 },
        { id: 'y', label: 'Autres', value: 40 },
      ],
      { unite: 'euros', barHeight: 40, gap: 20 },
    ],
  ];

  it.each(layouts)('%s : largeur des barres proportionnelle à la valeur (à 0,5 px près)', (_name, data, options) => {
    const layout = layoutBars(data, options);
    const x0 = layout.bars[0]!.x;
    const rangeEnd = (options.width ?? BAR_DEFAULTS.width) - BAR_DEFAULTS.valueSpace;
    expectProportional(layout.bars, data, (rangeEnd - x0) / layout.domainMax);
  });

  it.each(layouts)('%s : toutes les barres partent de x(0), la valeur suit la fin de la barre', (_name, data, options) => {
    const layout = layoutBars(data, options);
    for (const bar of layout.bars) {
      expect(bar.x).toBe(4);
      expect(bar.valueX).toBeCloseTo(bar.x + bar.width + 6, 6);
      expect(bar.valueX + 60).toBeLessThanOrEqual(layout.width);
    }
    const zeroTick = layout.ticks.find((t) => t.label.startsWith('0'));
    expect(zeroTick?.x).toBe(4);
  });

  it('une valeur nulle donne une barre de largeur 0 à x(0)', () => {
    const zero = layoutBars(PCT, { unite: '%' }).bars.find((b) => b.id === 'd')!;
    expect(zero.width).toBe(0);
    expect(zero.x).toBe(4);
    expect(zero.valueLabel).toBe(`0${NNBSP}%`);
  });

  it('les pourcentages utilisent un axe de 0 à 100, même quand le maximum est petit', () => {
    const small = layoutBars(
      [
        { id: 'a', label: 'A', value: 12 },
        { id: 'b', label: 'B', value: 6 },
      ],
      { unite: '%' },
    );
    expect(small.domainMax).toBe(100);
    const full = BAR_DEFAULTS.width - BAR_DEFAULTS.valueSpace - 4;
    expect(small.bars[0]!.width).toBeCloseTo(0.12 * full, 6);
    expect(small.bars[1]!.width).toBeCloseTo(0.06 * full, 6);
    expect(small.ticks.map((t) => t.label)).toEqual(['0', '20', '40', '60', '80', '100'].map((n) => `${n}${NNBSP}%`));
    expect(small.ticks.at(-1)!.x).toBe(BAR_DEFAULTS.width - BAR_DEFAULTS.valueSpace);
  });

  it('les comptes ont un axe « rond » qui contient le maximum', () => {
    const layout = layoutBars(COUNTS, { unite: 'nombre' });
    expect(layout.domainMax).toBeGreaterThanOrEqual(8259);
    expect(layout.domainMax).toBe(10000);
    expect(layout.bars[0]!.width).toBeLessThan(BAR_DEFAULTS.width - BAR_DEFAULTS.valueSpace - 4);
  });

  it.each(layouts)('%s : les lignes ne se chevauchent pas, ni la valeur avec l’étiquette suivante', (_name, data, options) => {
    const layout = layoutBars(data, options);
    layout.bars.forEach((bar, i) => {
      const first = textBox(bar.labelY, LABEL_FONT);
      const last = textBox(bar.labelY + (bar.labelLines.length - 1) * bar.labelLineHeight, LABEL_FONT);
      const label = { top: first.top, bottom: last.bottom };
      const value = textBox(bar.valueY, VALUE_FONT);
      // The row label sits above its own bar; the value label stays within the row.
      expect(label.bottom, `${bar.id} étiquette / barre`).toBeLessThanOrEqual(bar.y);
      expect(value.top).toBeGreaterThanOrEqual(label.bottom);
      const next = layout.bars[i + 1];
      if (!next) {
        expect(bar.y + bar.height).toBeLessThanOrEqual(layout.axisY);
        expect(value.bottom).toBeLessThanOrEqual(layout.axisY + 20 - 14);
        return;
      }
      const nextLabel = textBox(next.labelY, LABEL_FONT);
      expect(next.y, `${bar.id} → ${next.id}`).toBeGreaterThanOrEqual(bar.y + bar.height);
      expect(bar.y + bar.height, `${bar.id} barre / étiquette suivante`).toBeLessThanOrEqual(nextLabel.top);
      expect(value.bottom, `${bar.id} valeur / étiquette suivante`).toBeLessThanOrEqual(nextLabel.top);
    });
    expect(layout.height).toBeGreaterThan(layout.axisY);
  });

  it.each(layouts)('%s : chaque ligne d’étiquette tient dans la largeur du graphique', (_name, data, options) => {
    const layout = layoutBars(data, options);
    for (const bar of layout.bars) {
      expect(bar.labelLines.join(' ')).toBe(bar.label.split(/\s+/).join(' '));
      for (const line of bar.labelLines) expect(bar.labelX + line.length * LABEL_CHAR_WIDTH, line).toBeLessThanOrEqual(layout.width);
    }
  });

  it('une étiquette longue passe à la ligne et repousse sa barre, sans toucher aux autres rangées', () => {
    const long = 'Revenus faibles (moins de 1 400 €/mois pour une personne isolée)';
    const layout = layoutBars(
      [
        { id: 'a', label: long, value: 25 },
        { id: 'b', label: 'Revenus élevés', value: 7 },
      ],
      { unite: '%' },
    );
    const [a, b] = layout.bars;
    expect(a!.labelLines.length).toBeGreaterThan(1);
    expect(b!.labelLines).toEqual(['Revenus élevés']);
    expect(a!.y - (a!.labelY + 7)).toBe((a!.labelLines.length - 1) * a!.labelLineHeight);
    expect(b!.y - a!.y).toBe(BAR_DEFAULTS.barHeight + BAR_DEFAULTS.gap + BAR_DEFAULTS.labelHeight);
  });

  it('chaque barre porte sa valeur formatée', () => {
    const layout = layoutBars(PCT, { unite: '%' });
    expect(layout.bars.map((b) => b.valueLabel)).toEqual([`46${NNBSP}%`, `23${NNBSP}%`, `7,5${NNBSP}%`, `0${NNBSP}%`, `100${NNBSP}%`]);
  });

  it('une liste vide ne plante pas', () => {
    const layout = layoutBars([], { unite: 'nombre' });
    expect(layout.bars).toEqual([]);
    expect(Number.isFinite(layout.height)).toBe(true);
  });
});

describe('formatChartValue', () => {
  it('« 46 % » avec une espace fine insécable (U+202F)', () => {
    expect(formatChartValue(46, '%')).toBe('46\u202f%');
    expect(formatChartValue(46, '%')).not.toContain(' ');
  });

  it('« 7,5 % » avec une virgule décimale', () => {
    expect(formatChartValue(7.5, '%')).toBe('7,5\u202f%');
  });

  it('milliers séparés par une espace fine insécable, euros avec une espace insécable', () => {
    expect(formatChartValue(8259, 'nombre')).toBe('8\u202f259');
    expect(formatChartValue(1234567, 'nombre')).toBe('1\u202f234\u202f567');
    expect(formatChartValue(12, 'euros')).toBe('12\u00a0€');
    expect(formatChartValue(1250.5, 'euros')).toBe('1\u202f250,5\u00a0€');
  });

  it('une décimale au plus', () => {
    expect(formatChartValue(33.333, '%')).toBe('33,3\u202f%');
  });
});

describe('séries', () => {
  const fig = (id: string, over: Partial<FigureLike['data']>): FigureLike => ({
    id,
    data: { valeur: 1, unite: '%', editeur: 'FRB', anneeDonnees: 2022, source: 's', emplacement: 'p. 1', ...over },
  });
  const figures = [
    fig('c', { serie: 'age', categorie: '55–74 ans', ordreCategorie: 3, valeur: 30 }),
    fig('a', { serie: 'age', categorie: '16–24 ans', ordreCategorie: 1, valeur: 10, edition: 'Baromètre 2022' }),
    fig('hors-serie', { valeur: 99 }),
    fig('b', { serie: 'age', categorie: '25–54 ans', ordreCategorie: 2, valeur: 20, editeur: 'Statbel' }),
    fig('autre', { serie: 'revenu', categorie: 'Faible', ordreCategorie: 1 }),
  ];

  it('seriesRows garde les chiffres de la série, dans l’ordre des catégories', () => {
    const rows = seriesRows('age', figures);
    expect(rows.map((r) => [r.id, r.label, r.value])).toEqual([
      ['a', '16–24 ans', 10],
      ['b', '25–54 ans', 20],
      ['c', '55–74 ans', 30],
    ]);
  });

  it('editionsOf liste les publications distinctes', () => {
    expect(editionsOf(seriesRows('age', figures))).toEqual(['FRB, Baromètre 2022', 'Statbel', 'FRB']);
    expect(editionsOf(seriesRows('revenu', figures))).toEqual(['FRB']);
  });
});

describe('renderBarSvg', () => {
  it('échappe le texte et dessine une barre par catégorie', () => {
    const layout = layoutBars([{ id: 'a', label: 'Moins de 25 <ans> & "plus"', value: 46 }], { unite: '%' });
    const svg = renderBarSvg(layout, { id: 's', title: 'Titre & co', desc: 'Constat' });
    expect(svg).toContain('Moins de 25 &lt;ans&gt; &amp; &quot;plus&quot;');
    expect(svg).toContain('<title id="s-titre">Titre &amp; co</title>');
    expect(svg.match(/<rect /g)).toHaveLength(1);
    expect(svg).not.toContain('xmlns=');
    expect(renderBarSvg(layout, { id: 's', title: 't', desc: 'd', standalone: true })).toContain('xmlns="http://www.w3.org/2000/svg"');
  });
});
