import { describe, expect, it } from 'vitest';
import { HANDOUT_QUOTE_MAX, newestFigures, pickForSheet, qrSvg, strongestQuotes, type FigureLike, type QuoteLike } from '../../src/lib/fiche.ts';
import type { Nature } from '../../src/schemas/chiffre.ts';

describe('pickForSheet', () => {
  const items = [
    { id: 'pro-court', length: 80, rank: 1 },
    { id: 'citoyen-long', length: 900, rank: 0 },
    { id: 'citoyen-b', length: 120, rank: 0 },
    { id: 'citoyen-a', length: 120, rank: 0 },
    { id: 'citoyen-court', length: 60, rank: 0 },
    { id: 'expert', length: 50, rank: 2 },
  ];

  it('écarte les textes trop longs, puis trie par rang, longueur et identifiant', () => {
    expect(pickForSheet(items, 10, 300)).toEqual(['citoyen-court', 'citoyen-a', 'citoyen-b', 'pro-court', 'expert']);
  });

  it('garde au plus `max` éléments', () => {
    expect(pickForSheet(items, 2, 300)).toEqual(['citoyen-court', 'citoyen-a']);
    expect(pickForSheet(items, 0, 300)).toEqual([]);
  });

  it('la longueur maximale est incluse', () => {
    expect(pickForSheet(items, 10, 900)).toContain('citoyen-long');
    expect(pickForSheet(items, 10, 899)).not.toContain('citoyen-long');
  });

  it('ne modifie pas la liste reçue', () => {
    const copy = items.map((i) => ({ ...i }));
    pickForSheet(items, 3, 300);
    expect(items).toEqual(copy);
  });
});

describe('sélection d’une fiche à une page', () => {
  const q = (id: string, profil: QuoteLike['data']['profil'], body: string, links = 0): QuoteLike => ({
    id,
    body,
    data: { profil, articles: Array.from({ length: links }, (_, i) => `article-${i}`) },
  });

  it('citations les plus fortes : la personne concernée d’abord, puis celle qui appuie le plus de points, puis la plus courte', () => {
    const list = [
      q('expert', 'expert', 'court', 5),
      q('citoyen-seul', 'citoyen', 'assez court'),
      q('citoyen-lie', 'citoyen', 'un peu plus long', 2),
      q('pro', 'professionnel', 'x'),
    ];
    expect(strongestQuotes(list, 3).map((e) => e.id)).toEqual(['citoyen-lie', 'citoyen-seul', 'pro']);
  });

  it('une citation trop longue pour le papier est écartée', () => {
    expect(strongestQuotes([q('long', 'citoyen', 'x'.repeat(HANDOUT_QUOTE_MAX + 1))], 3)).toEqual([]);
  });

  it('chiffres clés : année des données la plus récente d’abord, jamais une estimation', () => {
    const f = (id: string, anneeDonnees: number, nature: Nature = 'statistique'): FigureLike => ({ id, data: { anneeDonnees, unite: '%', nature } });
    const list = [f('a2008', 2008), f('a2018', 2018, 'compte'), f('estime', 2024, 'estimation'), f('a2021', 2021)];
    expect(newestFigures(list, 4).map((x) => x.id)).toEqual(['a2021', 'a2018', 'a2008']);
    expect(newestFigures(list, 1).map((x) => x.id)).toEqual(['a2021']);
  });

  it('le code QR refuse une adresse relative (elle ne mène nulle part sur papier)', async () => {
    await expect(qrSvg('/themes/x/', 'titre')).rejects.toThrow(/adresse complète/);
    expect(await qrSvg('https://exemple.org/themes/x/', 'Code <QR>')).toMatch(/<title id="qr-titre">Code &lt;QR><\/title>/);
  });
});
