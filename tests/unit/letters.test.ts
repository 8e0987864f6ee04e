import { describe, expect, it } from 'vitest';
import { MAX_CITATIONS, MIN_CITATIONS, pickCitations } from '../../src/lib/letters.ts';

describe('lettres aux élus : choix des éléments cités', () => {
  it('prend d’abord le nombre voulu dans chaque réserve, dans l’ordre', () => {
    const picked = pickCitations([
      { kind: 'temoignages', items: ['t1', 't2', 't3'], first: 2 },
      { kind: 'chiffres', items: ['c1'], first: 1 },
      { kind: 'propositions', items: ['p1', 'p2'], first: 1 },
    ]);
    expect(picked.map((p) => p.id)).toEqual(['t1', 't2', 'c1', 'p1']);
  });

  it('complète jusqu’à 3 quand une réserve est vide, sans dépasser 5', () => {
    const picked = pickCitations([
      { kind: 'temoignages', items: ['t1', 't2', 't3', 't4'], first: 2 },
      { kind: 'chiffres', items: [], first: 1 },
      { kind: 'propositions', items: [], first: 1 },
    ]);
    expect(picked.map((p) => p.id)).toEqual(['t1', 't2', 't3']);
    const many = pickCitations([{ kind: 'temoignages', items: ['a', 'b', 'c', 'd', 'e', 'f', 'g'], first: 7 }]);
    expect(many).toHaveLength(MAX_CITATIONS);
    expect(MIN_CITATIONS).toBe(3);
  });
});
