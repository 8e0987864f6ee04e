import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/integrity/load.ts';
import { outsideQuotes, plainLocator, rawSyntax } from '../../src/lib/locator.ts';

const { entries } = loadContent('content');
/** Every locator of the content: where each testimony, proposal and figure is found, and where it is also printed. */
const locators = [
  ...new Set(
    entries.flatMap((e) => {
      const d = e.data as { emplacement?: unknown; autresEmplacements?: unknown };
      const others: unknown[] = Array.isArray(d.autresEmplacements) ? (d.autresEmplacements as unknown[]) : [];
      return [d.emplacement, ...others].filter((x): x is string => typeof x === 'string');
    }),
  ),
];

describe('locators in plain words', () => {
  it('reads the letter’s boxes as « encadré sur l’article N »', () => {
    expect(plainLocator('Encadré « Art. 4 – Bruxelles numérique »')).toBe("Encadré sur l'article 4");
    expect(plainLocator('Pistes pour des revendications, « Maintenir des guichets physiques » (note 14)')).toBe(
      'Pistes pour des revendications, « Maintenir des guichets physiques », note 14',
    );
    expect(plainLocator('Chapitre « Prendre soin des relations », Ce que les professionnel·les en disent')).toBe(
      'Chapitre « Prendre soin des relations », partie « Ce que les professionnel·les en disent »',
    );
  });

  it('keeps the source’s titles, between « », as printed', () => {
    expect(outsideQuotes('Chapitre 1 « L’exclusion des administrés·es », « La mise en incapacité »')).toBe('Chapitre 1 , ');
    expect(rawSyntax('Question 5 : « nos professeur·es »')).toEqual([]);
    expect(rawSyntax('Encadré « Art. 4 – Bruxelles numérique »')).toEqual(['Art.']);
    expect(rawSyntax('Ce que les professionnel·les en disent (note 8)')).toEqual(['(note)', '·']);
  });

  it('leaves no raw syntax in any real locator', () => {
    expect(locators.length).toBeGreaterThan(100);
    const raw = locators.filter((l) => rawSyntax(l).length > 0);
    // The check bites: real locators do have raw syntax before they are put in plain words.
    expect(raw.length).toBeGreaterThan(10);
    expect(locators.map(plainLocator).filter((l) => rawSyntax(l).length > 0)).toEqual([]);
  });
});
