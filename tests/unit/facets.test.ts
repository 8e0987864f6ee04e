import { describe, expect, it } from 'vitest';
import { facetGroups, facetPages, type FacetDimension } from '../../src/lib/facets.ts';

interface Item {
  id: string;
  themes: string[];
  profil: string;
}

const ITEMS: Item[] = [
  { id: 'un', themes: ['emploi', 'ecole'], profil: 'citoyen' },
  { id: 'deux', themes: ['ecole'], profil: 'professionnel' },
  // A value repeated in one item counts once.
  { id: 'trois', themes: ['zones-rurales', 'ecole', 'ecole'], profil: 'citoyen' },
  { id: 'quatre', themes: ['emploi'], profil: 'expert' },
];

const LABELS: Record<string, string> = { emploi: 'Emploi', ecole: 'École', 'zones-rurales': 'Zones rurales' };

const theme: FacetDimension<Item> = { name: 'theme', label: 'Thème', values: (i) => i.themes, labelOf: (v) => LABELS[v] ?? v };
const PROFILS = ['citoyen', 'professionnel', 'officiel', 'expert'];
const profil: FacetDimension<Item> = {
  name: 'profil',
  label: 'Qui parle',
  values: (i) => [i.profil],
  labelOf: (v) => v.toUpperCase(),
  order: (a, b) => PROFILS.indexOf(a) - PROFILS.indexOf(b),
};

describe('facetGroups', () => {
  const [themes, profils] = facetGroups('/temoignages/', ITEMS, [theme, profil]);

  it('compte chaque entrée une fois par valeur', () => {
    expect(themes?.options.map((o) => [o.value, o.count])).toEqual([
      ['ecole', 3],
      ['emploi', 2],
      ['zones-rurales', 1],
    ]);
  });

  it('trie par libellé à la française (« École » avant « Emploi ») sauf ordre explicite', () => {
    expect(themes?.options.map((o) => o.label)).toEqual(['École', 'Emploi', 'Zones rurales']);
    expect(profils?.options.map((o) => o.value)).toEqual(['citoyen', 'professionnel', 'expert']);
  });

  it('construit les adresses des pages filtrées et garde nom et libellé de la dimension', () => {
    expect(themes?.name).toBe('theme');
    expect(themes?.label).toBe('Thème');
    expect(themes?.options[0]?.href).toBe('/temoignages/theme/ecole/');
    expect(profils?.options.find((o) => o.value === 'expert')).toEqual({ value: 'expert', label: 'EXPERT', count: 1, href: '/temoignages/profil/expert/' });
  });

  it('n’affiche pas de valeur absente des entrées (« officiel »)', () => {
    expect(profils?.options.some((o) => o.value === 'officiel')).toBe(false);
  });

  it('une liste vide donne des groupes vides', () => {
    expect(facetGroups('/x/', [], [theme])).toEqual([{ name: 'theme', label: 'Thème', options: [] }]);
  });
});

describe('facetPages', () => {
  const pages = facetPages(ITEMS, [theme, profil]);

  it('une page par couple (dimension, valeur)', () => {
    expect(pages.map((p) => `${p.dimension}/${p.value}`).sort()).toEqual(
      ['profil/citoyen', 'profil/expert', 'profil/professionnel', 'theme/ecole', 'theme/emploi', 'theme/zones-rurales'].sort(),
    );
  });

  it('chaque page liste ses entrées dans l’ordre de la liste, sans doublon', () => {
    const ecole = pages.find((p) => p.dimension === 'theme' && p.value === 'ecole');
    expect(ecole?.items.map((i) => i.id)).toEqual(['un', 'deux', 'trois']);
    expect(ecole?.label).toBe('École');
    expect(ecole?.dimensionLabel).toBe('Thème');
  });

  it('les comptes des groupes égalent le nombre d’entrées des pages', () => {
    const groups = facetGroups('/t/', ITEMS, [theme, profil]);
    for (const g of groups)
      for (const o of g.options) expect(pages.find((p) => p.dimension === g.name && p.value === o.value)?.items.length, `${g.name}/${o.value}`).toBe(o.count);
  });
});
