import { describe, expect, it } from 'vitest';
import { pickForSheet } from '../../src/lib/fiche.ts';

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
