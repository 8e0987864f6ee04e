import { describe, expect, it } from 'vitest';
import type { FigureLike } from '../../src/lib/charts/series.ts';
import { ficheSelection } from '../../src/lib/fiche.ts';
import { absoluteUrl, entryUrl, filterUrl, href, listUrl, sourceUrl, withoutBase } from '../../src/lib/routes.ts';
import { normaliseBase, siteAddress } from '../../src/lib/address.ts';
import { chartView } from '../../src/lib/views/chart.ts';
import { quotationLd } from '../../src/lib/views/structured-data.ts';
import { byline, excerpt, plainText } from '../../src/lib/views/text.ts';

describe('text views', () => {
  it('plainText removes Markdown marks and collapses white space', () => {
    expect(plainText('  *Je* ne\n\n> sais _pas_  ')).toBe('Je ne sais pas');
    expect(plainText(undefined)).toBe('');
  });
  it('excerpt cuts at a word boundary and marks the cut', () => {
    expect(excerpt('un deux trois', 20)).toBe('un deux trois');
    expect(excerpt('un deux trois', 9)).toBe('un deux…');
    expect(excerpt('anticonstitutionnellement', 5)).toBe('antic…');
  });
  it('byline joins first name and role', () => {
    expect(byline({ locuteur: 'Jamila' })).toBe('Jamila');
    expect(byline({ locuteur: 'Marie', role: 'assistante sociale' })).toBe('Marie, assistante sociale');
  });
});

describe('quotationLd', () => {
  const source = { titre: 'Lettre', organisation: 'Collectif', annee: 2024, type: 'lettre', description: 'd' } as never;
  it('credits a private person in words only, never as a schema.org Person', () => {
    const ld = quotationLd({ body: 'Mes *mots*.', data: { locuteur: 'Jamila', personnePublique: false } } as never, source);
    expect(ld['creator']).toBeUndefined();
    expect(ld['creditText']).toBe('Jamila');
    expect(ld['text']).toBe('Mes *mots*.');
  });
  it('marks a public person up as a Person', () => {
    const ld = quotationLd({ body: 'x', data: { locuteur: 'Bernard Clerfayt', personnePublique: true } } as never, source);
    expect(ld['creator']).toEqual({ '@type': 'Person', name: 'Bernard Clerfayt' });
    expect(ld['creditText']).toBeUndefined();
  });
});

describe('chartView', () => {
  const fig = (id: string, categorie: string, valeur: number, edition: string, source: string, ordre: number): FigureLike => ({
    id,
    data: { serie: 's', categorie, ordreCategorie: ordre, valeur, unite: '%', editeur: 'FRB', edition, anneeDonnees: 2021, source, emplacement: `p. ${ordre}` },
  });
  const figures = [
    fig('b', 'Hommes', 40, 'Baromètre 2022', 'doc-a', 2),
    fig('a', 'Femmes', 46, 'Baromètre 2022', 'doc-a', 1),
    fig('c', 'Tous', 43, 'Baromètre 2020', 'doc-b', 3),
  ];
  const chart = chartView(
    { id: 's', data: { titre: 'T', constat: 'C', dimension: 'Sexe' } },
    [...figures, { ...fig('x', 'Autre', 1, 'E', 'doc-c', 9), data: { ...fig('x', 'Autre', 1, 'E', 'doc-c', 9).data, serie: 'autre' } }],
    (s) => `Org ${s}`,
    'Site',
  );
  it('reads its rows from the figures of the series, in category order, with their pages', () => {
    expect(chart.rows.map((r) => [r.label, r.value, r.href])).toEqual([
      ['Femmes', 46, entryUrl('chiffres', 'a')],
      ['Hommes', 40, entryUrl('chiffres', 'b')],
      ['Tous', 43, entryUrl('chiffres', 'c')],
    ]);
    expect(chart.layout.bars.map((b) => b.id)).toEqual(['a', 'b', 'c']);
  });
  it('names every publication once in its source line and links each document once', () => {
    expect(chart.editions).toEqual(['FRB, Baromètre 2022', 'FRB, Baromètre 2020']);
    expect(chart.sourceLine).toBe('Source : FRB, Baromètre 2022 ; FRB, Baromètre 2020, cité dans Org doc-a ; Org doc-b (p. 1 ; p. 2 ; p. 3).');
    expect(chart.footer).toBe(`${chart.sourceLine} Graphique : Site, ${chart.permalink}`);
    expect(chart.sources).toEqual([
      { href: sourceUrl('doc-a'), label: 'Org doc-a' },
      { href: sourceUrl('doc-b'), label: 'Org doc-b' },
    ]);
  });
});

describe('ficheSelection', () => {
  const t = (id: string, profil: string, body: string, themes = ['x']) => ({ id, body, data: { profil, themes } });
  const c = (id: string, unite: string, anneeDonnees: number, themes = ['x']) => ({ id, data: { unite, anneeDonnees, themes } });
  const p = (id: string, titre: string, themes = ['x']) => ({ id, data: { titre, themes } });
  const site = {
    temoignages: [
      t('pro', 'professionnel', 'court'),
      t('hab', 'citoyen', 'un peu plus long'),
      t('autre-theme', 'citoyen', 'a', ['y']),
      t('long', 'citoyen', 'x'.repeat(600)),
    ],
    chiffres: [c('n2020', 'nombre', 2020), c('p2018', '%', 2018), c('p2022', '%', 2022), c('y', '%', 2023, ['y'])],
    propositions: [p('p1', 'Une'), p('p2', 'Deux'), p('py', 'Autre', ['y'])],
  } as never;
  it('keeps the theme only, inhabitants first, no over-long quote, figures by data year newest first (one page: no proposals, one call to action)', () => {
    const s = ficheSelection(site, 'x');
    expect(s.temoignages.map((e) => e.id)).toEqual(['hab', 'pro']);
    expect(s.chiffres.map((e) => e.id)).toEqual(['p2022', 'n2020', 'p2018']);
    expect(Object.keys(s)).toEqual(['temoignages', 'chiffres']);
  });
});

describe('routes and address', () => {
  it('prefixes every path with the base path', () => {
    expect(href('/temoignages/x/', '/humain-dabord/')).toBe('/humain-dabord/temoignages/x/');
    expect(withoutBase('/humain-dabord/temoignages/x/', '/humain-dabord/')).toBe('/temoignages/x/');
    expect(() => href('temoignages/')).toThrow();
    expect(absoluteUrl('/humain-dabord/a/', 'https://exemple.org/humain-dabord/')).toBe('https://exemple.org/humain-dabord/a/');
  });
  it('takes routes from the collection registry', () => {
    expect(withoutBase(entryUrl('articles', 'article-13'))).toBe('/ordonnance/article-13/');
    expect(withoutBase(listUrl('evenements'))).toBe('/chronologie/');
    expect(withoutBase(entryUrl('series', 's'))).toBe('/graphiques/s/');
    expect(withoutBase(filterUrl('temoignages', 'theme', 'sante'))).toBe('/temoignages/theme/sante/');
  });
  it('reads SITE_URL and BASE_PATH, and refuses what is not an address', () => {
    expect(siteAddress({})).toEqual({ site: 'http://localhost:4321/', base: '/', local: true });
    expect(siteAddress({ SITE_URL: 'https://exemple.org', BASE_PATH: 'humain-dabord' })).toEqual({
      site: 'https://exemple.org/humain-dabord/',
      base: '/humain-dabord/',
      local: false,
    });
    expect(siteAddress({ SITE_URL: 'https://user.github.io/humain-dabord/' }).base).toBe('/humain-dabord/');
    expect(() => siteAddress({ SITE_URL: 'exemple.org' })).toThrow(/https:\/\//);
    expect(() => siteAddress({ SITE_URL: 'javascript:alert(1)' })).toThrow(/https:\/\//);
    expect(() => normaliseBase('/a b/')).toThrow(/BASE_PATH/);
  });
});
