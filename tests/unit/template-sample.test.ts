import { describe, expect, it } from 'vitest';
import { templateOf, templateSample } from '../../scripts/lib/dist.ts';

const page = (path: string, size = 10) => ({ path, html: 'x'.repeat(size) });

describe('gabarits des pages construites (échantillon des contrôles lents)', () => {
  it('reconnaît le gabarit au chemin', () => {
    expect(templateOf('/')).toBe('/');
    expect(templateOf('/a-propos/')).toBe('/a-propos');
    expect(templateOf('/temoignages/')).toBe('/temoignages');
    expect(templateOf('/temoignages/jamila/')).toBe('/temoignages/*');
    expect(templateOf('/themes/sante/fiche/')).toBe('/themes/*/*');
  });

  it('prend les premières pages et la plus grande de chaque gabarit, et au moins une page de chacun', () => {
    const pages = [
      page('/'),
      page('/temoignages/'),
      page('/temoignages/b/'),
      page('/temoignages/a/'),
      page('/temoignages/c/'),
      page('/temoignages/z/', 999),
      page('/themes/x/fiche/'),
    ];
    const sample = templateSample(pages).map((p) => p.path);
    expect(sample.sort()).toEqual(['/', '/temoignages/', '/temoignages/a/', '/temoignages/b/', '/temoignages/z/', '/themes/x/fiche/'].sort());
    const templates = new Set(pages.map((p) => templateOf(p.path)));
    expect(new Set(sample.map(templateOf))).toEqual(templates);
  });
});
