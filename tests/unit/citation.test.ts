import { describe, expect, it } from 'vitest';
import { citation, citationHead, formatAccessed } from '../../src/lib/citation.ts';

const BASE = {
  title: 'Le guichet fermé, la démarche bloquée',
  kind: 'Témoignage',
  url: 'https://humain-dabord.example/temoignages/jamila-guichet/',
  accessed: '2025-03-07',
};

describe('citation', () => {
  it('donne la citation complète, date à la française', () => {
    expect(
      citation({
        ...BASE,
        sourceTitle: 'Cahier de recommandations',
        sourceOrganisation: 'Fédération des Services Sociaux',
        sourceYear: 2023,
        locator: 'p. 12',
      }),
    ).toBe(
      "« Le guichet fermé, la démarche bloquée » (témoignage), Humain d'abord. D'après : Fédération des Services Sociaux, « Cahier de recommandations », 2023, p. 12. Consulté le 07/03/2025. https://humain-dabord.example/temoignages/jamila-guichet/",
    );
  });

  it('écrit « non daté » pour une source sans date', () => {
    const text = citation({ ...BASE, sourceTitle: 'Page web', sourceYear: 'non daté' });
    expect(text).toContain("D'après : « Page web », non daté.");
  });

  it('omet organisation, année et emplacement absents sans laisser de virgule orpheline', () => {
    const text = citation({ ...BASE, sourceTitle: 'Lettre ouverte' });
    expect(text).toContain("D'après : « Lettre ouverte ».");
    expect(text).not.toMatch(/,\s*[,.]/);
    expect(text).not.toContain('undefined');
  });

  it('sans source, ne dit pas « D’après »', () => {
    const text = citation(BASE);
    expect(text).toBe(
      "« Le guichet fermé, la démarche bloquée » (témoignage), Humain d'abord. Consulté le 07/03/2025. https://humain-dabord.example/temoignages/jamila-guichet/",
    );
    expect(text).not.toContain("D'après");
  });

  it('ignore l’emplacement quand il n’y a pas de source', () => {
    expect(citation({ ...BASE, locator: 'p. 3' })).not.toContain('p. 3');
  });
});

describe('citationHead', () => {
  it('is the citation up to « Consulté le », so that the page can print the reader’s day', () => {
    const full = citation({ ...BASE, sourceTitle: 'Lettre', locator: 'p. 2' });
    const head = citationHead({ ...BASE, sourceTitle: 'Lettre', locator: 'p. 2' });
    expect(full.startsWith(`${head} Consulté le `)).toBe(true);
    expect(head).not.toContain('Consulté');
    expect(formatAccessed('2025-03-07')).toBe('07/03/2025');
  });
});
