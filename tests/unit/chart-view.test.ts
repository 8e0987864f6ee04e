import { describe, expect, it } from 'vitest';
import { sourceUrl } from '../../src/lib/routes.ts';
import { layoutBars } from '../../src/lib/charts/bars.ts';
import { textWidth, wrapToWidth } from '../../src/lib/charts/format.ts';
import { chartFrame, TEXT_MARGIN } from '../../src/lib/charts/svg.ts';
import { chartView, commonMeasure, commonPopulation, exportSvg, type ChartFigureLike } from '../../src/lib/views/chart.ts';

const fig = (id: string, over: Partial<ChartFigureLike['data']> = {}): ChartFigureLike => ({
  id,
  data: {
    serie: 's',
    categorie: id,
    ordreCategorie: 1,
    valeur: 40,
    unite: '%',
    editeur: 'Bruxelles Santé',
    anneeDonnees: 2018,
    source: 'dossier',
    emplacement: 'p. 4',
    mesure: "nombre d'agences bancaires",
    population: 'Belgique',
    ...over,
  },
});
const serie = { id: 's', data: { titre: 'Agences', constat: 'Moins d’agences.', dimension: 'année' } };

describe('chartView : la ligne de source', () => {
  it('ne dit pas « X, cité dans X » quand la publication est le document du site qui la cite', () => {
    const chart = chartView(serie, [fig('a'), fig('b', { anneeDonnees: 2008 })], () => 'Bruxelles Santé', 'Site', 'https://x.org/graphiques/s/');
    expect(chart.sourceLine).toBe('Source : Bruxelles Santé (p. 4).');
    expect(chart.credits.map((c) => [c.label, c.href])).toEqual([['Bruxelles Santé', sourceUrl('dossier')]]);
    expect(chart.citedIn).toEqual([]);
  });
  it('dit où une publication est citée quand ce n’est pas elle-même', () => {
    const chart = chartView(serie, [fig('a', { editeur: 'FRB', edition: 'Baromètre 2024' })], () => 'FdSS', 'Site', 'https://x.org/g/');
    expect(chart.sourceLine).toBe('Source : FRB, Baromètre 2024, cité dans FdSS (p. 4).');
  });
});

describe('chartView : sous-titre et titre d’axe', () => {
  it('lit la mesure, la population et les années des chiffres', () => {
    const chart = chartView(
      serie,
      [fig('a'), fig('b', { anneeDonnees: 2008, unite: 'nombre', valeur: 8259, uniteLibelle: 'agences bancaires' })],
      () => 'O',
      'S',
      'u',
    );
    expect(chart.subtitle).toBe("Nombre d'agences bancaires — Belgique — données 2008 et 2018");
  });
  it('garde la mesure partagée, ou les mots communs, sans parenthèses', () => {
    expect(commonMeasure(['part des personnes en vulnérabilité (x)', 'part des personnes en vulnérabilité', 'autre'])).toBe(
      'part des personnes en vulnérabilité',
    );
    expect(commonMeasure(["nombre d'EPN mis en place par un CPAS", "nombre d'EPN mis en place par une ASBL"])).toBe("nombre d'EPN mis en place");
    expect(commonPopulation(['personnes peu diplômées, Belgique', 'personnes les plus diplômées, Belgique'])).toBe('Belgique');
    expect(commonPopulation(['a', 'b'])).toBeUndefined();
  });
  it('titre de l’axe : la mesure et son unité', () => {
    expect(chartView(serie, [fig('a'), fig('b')], () => 'O', 'S', 'u').axisTitle).toBe("nombre d'agences bancaires, en %");
  });
});

describe('texte des images exportées', () => {
  it('coupe une ligne trop longue aux espaces, et une adresse trop longue après une barre oblique', () => {
    const lines = wrapToWidth('Source : une très longue phrase https://exemple.org/graphiques/une-serie-au-nom-vraiment-tres-long-pour-tester/', 200, 13);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(textWidth(line, 13), line).toBeLessThanOrEqual(200);
  });
  it('chaque ligne placée tient dans la largeur, la dernière dans la hauteur', () => {
    const layout = layoutBars([{ id: 'a', label: 'a', value: 40 }], { unite: '%', width: 360 });
    const footer = `Source : ${'Fondation Roi Baudouin, Baromètre de l’inclusion numérique 2024 ; '.repeat(4)}`;
    const frame = chartFrame(layout, { heading: 'Un titre assez long pour tenir sur deux lignes au moins', footer, standalone: true });
    const footerLines = frame.lines.filter((l) => l.kind === 'footer');
    expect(footerLines.map((l) => l.text).join(' ')).toBe(footer.trim());
    for (const l of frame.lines) expect(l.x + l.width, l.text).toBeLessThanOrEqual(layout.width - TEXT_MARGIN);
    expect(footerLines.at(-1)!.y + 4).toBeLessThanOrEqual(frame.height);
  });
  it('le SVG exporté contient toute la ligne de source', () => {
    const chart = chartView(serie, [fig('a'), fig('b')], () => 'Autre', 'Site', 'https://x.org/graphiques/s/');
    const svg = exportSvg(chart, true);
    const printed = [...svg.matchAll(/class="chart-footer"[^>]*>([^<]*)</g)].map((m) => m[1]).join(' ');
    expect(printed).toBe(chart.footer.replace(/&/g, '&amp;'));
  });
});
