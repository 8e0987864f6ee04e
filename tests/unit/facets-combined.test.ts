import { describe, expect, it } from 'vitest';
import { filterGroups, listPages, type FacetDimension } from '../../src/lib/facets.ts';

interface Item {
  id: string;
  themes: string[];
  profil: string;
  source: string;
}

const ITEMS: Item[] = [
  { id: 'un', themes: ['emploi', 'ecole'], profil: 'citoyen', source: 'a' },
  { id: 'deux', themes: ['ecole'], profil: 'professionnel', source: 'a' },
  { id: 'trois', themes: ['zones-rurales', 'ecole'], profil: 'citoyen', source: 'b' },
  { id: 'quatre', themes: ['emploi'], profil: 'expert', source: 'b' },
];
const theme: FacetDimension<Item> = { name: 'theme', label: 'Thème', values: (i) => i.themes, labelOf: (v) => v };
const profil: FacetDimension<Item> = { name: 'profil', label: 'Qui parle', values: (i) => [i.profil], labelOf: (v) => v };
const source: FacetDimension<Item> = { name: 'source', label: 'Source', values: (i) => [i.source], labelOf: (v) => v };
const DIMS = [theme, profil, source];
const COMBINE = ['theme', 'profil'] as const;
const active = (dimension: string, value: string) => ({ dimension, value, label: value, dimensionLabel: dimension });

describe('combined filters (theme × kind of speaker)', () => {
  const pages = listPages(ITEMS, DIMS, 24, COMBINE);

  it('pre-renders a page for each pair that lists something, and only those', () => {
    const pairs = pages.filter((p) => p.filters.length === 2).map((p) => p.slug);
    expect(pairs.sort()).toEqual(
      [
        'theme/ecole/profil/citoyen',
        'theme/ecole/profil/professionnel',
        'theme/emploi/profil/citoyen',
        'theme/emploi/profil/expert',
        'theme/zones-rurales/profil/citoyen',
      ].sort(),
    );
    const ecoleCitoyen = pages.find((p) => p.slug === 'theme/ecole/profil/citoyen');
    expect(ecoleCitoyen?.items.map((i) => i.id)).toEqual(['un', 'trois']);
  });

  it('keeps the page count bounded: each entry is in at most (its themes × its kinds) pairs', () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({ id: String(i), themes: [`t${i % 13}`, `t${(i + 5) % 13}`], profil: `p${i % 4}`, source: 's' }));
    const all = listPages(many, DIMS, 24, COMBINE);
    const combined = all.filter((p) => p.filters.length === 2);
    const listed = combined.reduce((n, p) => n + p.items.length, 0);
    expect(listed).toBe(2000 * 2);
    // Pages of the pairs: at most one partly filled page per pair beyond the entries' own count.
    expect(combined.length).toBeLessThanOrEqual(Math.ceil(listed / 24) + 13 * 4);
  });

  it('counts follow the active filter, and each option keeps it', () => {
    const [themes, profils, sources] = filterGroups('/t/', ITEMS, DIMS, [active('theme', 'ecole')], COMBINE);
    expect(profils!.options.map((o) => [o.value, o.count, o.href])).toEqual([
      ['citoyen', 2, '/t/theme/ecole/profil/citoyen/'],
      ['professionnel', 1, '/t/theme/ecole/profil/professionnel/'],
    ]);
    // Themes are counted over the whole list (no other filter active), the active one marked.
    expect(themes!.options.find((o) => o.value === 'ecole')).toMatchObject({ count: 3, current: true, href: '/t/theme/ecole/' });
    expect(themes!.clear).toBe('/t/');
    // A dimension that does not combine says so and counts the whole list.
    expect(sources!.combined).toBe(false);
    expect(sources!.options.map((o) => o.count)).toEqual([2, 2]);
  });

  it('with both filters active, each dimension counts within the other one', () => {
    const [themes, profils] = filterGroups('/t/', ITEMS, DIMS, [active('theme', 'emploi'), active('profil', 'citoyen')], COMBINE);
    expect(themes!.options.map((o) => [o.value, o.count, o.href])).toEqual([
      ['ecole', 2, '/t/theme/ecole/profil/citoyen/'],
      ['emploi', 1, '/t/theme/emploi/profil/citoyen/'],
      ['zones-rurales', 1, '/t/theme/zones-rurales/profil/citoyen/'],
    ]);
    expect(profils!.options.map((o) => [o.value, o.count])).toEqual([
      ['citoyen', 1],
      ['expert', 1],
    ]);
    expect(profils!.clear).toBe('/t/theme/emploi/');
  });

  it('every link of the bar leads to a pre-rendered page', () => {
    const slugs = new Set(pages.map((p) => `/t/${p.slug ? `${p.slug}/` : ''}`));
    for (const p of pages)
      for (const g of filterGroups('/t/', ITEMS, DIMS, p.filters, COMBINE)) for (const o of g.options) expect(slugs.has(o.href), o.href).toBe(true);
  });
});
