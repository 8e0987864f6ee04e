import { describe, expect, it } from 'vitest';
import { best, buildGraph, keyOf, urlOf, type Kind, type Node } from '../../src/lib/graph.ts';
import { href, withoutBase } from '../../src/lib/routes.ts';
import { node } from './node-factory.ts';

const ids = (list: readonly Node[] | undefined) => (list ?? []).map(keyOf);

describe('best (les meilleurs candidats sans tout trier)', () => {
  it('donne exactement le résultat du tri complet (score décroissant, puis clé), égalités comprises', () => {
    let seed = 3;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const kinds: Kind[] = ['temoignages', 'chiffres', 'propositions', 'articles', 'evenements'];
    for (let round = 0; round < 200; round++) {
      const score = new Map<Node, number>();
      const size = Math.floor(random() * 60);
      for (let i = 0; i < size; i++) {
        const id = `${['a', 'b', 'c-d', 'cd', 'é', 'e'][Math.floor(random() * 6)]!}-${String(Math.floor(random() * 40))}`;
        score.set(node(kinds[Math.floor(random() * kinds.length)]!, id), [1, 2, 3, 8, 100][Math.floor(random() * 5)]!);
      }
      const limit = Math.floor(random() * 10);
      const sorted = [...score.entries()]
        .sort(([a, x], [b, y]) => y - x || keyOf(a).localeCompare(keyOf(b)))
        .slice(0, limit)
        .map(([m]) => keyOf(m));
      expect(best(score, limit).map(keyOf)).toEqual(sorted);
    }
  });
});

describe('related', () => {
  const n = node('temoignages', 'n', {
    themes: ['a', 'b'],
    sources: ['s1'],
    articles: ['art-4'],
    ordre: 5,
    links: [{ kind: 'propositions', id: 'lien' }],
  });
  const graph = buildGraph([
    node('evenements', 'sans-rapport', { themes: ['w'], sources: ['s5'] }),
    node('temoignages', 'meme-source', { themes: ['q'], sources: ['s1'], ordre: 1 }),
    node('chiffres', 'memes-themes', { themes: ['a', 'b'], sources: ['s1'], ordre: 2 }),
    node('propositions', 'meme-article', { themes: ['y'], sources: ['s8'], articles: ['art-4'] }),
    node('articles', 'art-4', { themes: ['x'], sources: ['s7'] }),
    node('propositions', 'lien', { themes: ['z'], sources: ['s9'] }),
    n,
  ]);

  // Ranking by meaning (src/lib/related.ts, tested in related.test.ts): themes, then article or question, then source.
  it('met les thèmes partagés en premier, puis le même article ; ni la source seule ni un lien sans thème ne suffisent', () => {
    expect(ids(graph.related(n))).toEqual(['chiffres/memes-themes', 'articles/art-4', 'propositions/meme-article']);
  });

  it('ne propose jamais l’entrée elle-même ni une entrée sans thème ni article commun', () => {
    const related = ids(graph.related(n, 50));
    expect(related).not.toContain('temoignages/n');
    expect(related).not.toContain('evenements/sans-rapport');
    expect(related).not.toContain('temoignages/meme-source');
  });

  it('respecte la limite', () => {
    expect(ids(graph.related(n, 2))).toEqual(['chiffres/memes-themes', 'articles/art-4']);
  });

  it('un article voit les entrées qui le citent', () => {
    const art = graph.nodes.get('articles/art-4')!;
    expect(ids(graph.related(art))).toEqual(['propositions/meme-article', 'temoignages/n']);
  });

  it('à thèmes égaux, la même question (groupe) passe avant ; la question seule ne suffit pas', () => {
    const g = buildGraph([
      node('temoignages', 'q1-a', { sources: ['s'], group: 'Question 1', themes: ['t1'] }),
      node('temoignages', 'q1-b', { sources: ['s'], group: 'Question 1', themes: ['t1'] }),
      node('chiffres', 'theme', { sources: ['autre'], themes: ['t1'] }),
      node('temoignages', 'q1-autre-theme', { sources: ['s'], group: 'Question 1', themes: ['t3'] }),
    ]);
    expect(ids(g.related(g.nodes.get('temoignages/q1-a')!))).toEqual(['temoignages/q1-b', 'chiffres/theme']);
  });
});

describe('prevNext', () => {
  const graph = buildGraph([
    node('temoignages', 't-trois', { sources: ['s1'], ordre: 3 }),
    node('temoignages', 't-un', { sources: ['s1'], ordre: 1 }),
    node('propositions', 'p-deux', { sources: ['s1'], ordre: 2 }),
    node('temoignages', 't-deux', { sources: ['s1'], ordre: 2 }),
    node('temoignages', 't-autre', { sources: ['s2'], ordre: 2 }),
    node('temoignages', 't-dix', { sources: ['s1'], ordre: 10 }),
  ]);
  const at = (id: string) => {
    const { prev, next } = graph.prevNext(graph.nodes.get(`temoignages/${id}`)!);
    return [prev?.id, next?.id];
  };

  it('suit `ordre` dans une même source, entre entrées de même nature', () => {
    expect(at('t-un')).toEqual([undefined, 't-deux']);
    expect(at('t-deux')).toEqual(['t-un', 't-trois']);
    expect(at('t-trois')).toEqual(['t-deux', 't-dix']);
    expect(at('t-dix')).toEqual(['t-trois', undefined]);
  });

  it('ne sort pas de la source', () => {
    expect(at('t-autre')).toEqual([undefined, undefined]);
  });

  it('départage deux entrées au même `ordre` par identifiant', () => {
    const g = buildGraph([node('chiffres', 'b', { sources: ['s'], ordre: 1 }), node('chiffres', 'a', { sources: ['s'], ordre: 1 })]);
    expect(g.prevNext(g.nodes.get('chiffres/a')!).next?.id).toBe('b');
  });

  it('une entrée sans source n’a ni précédent ni suivant', () => {
    const g = buildGraph([node('evenements', 'seul')]);
    expect(g.prevNext(g.nodes.get('evenements/seul')!)).toEqual({});
  });

  // Regression: prev/next follows the entry's own first source, even when another source bucket was met first.
  it('utilise la première source d’une entrée qui en cite plusieurs', () => {
    const g = buildGraph([
      node('evenements', 'a-1', { sources: ['s-a'], ordre: 1 }),
      node('evenements', 'b-1', { sources: ['s-b'], ordre: 1 }),
      node('evenements', 'multi', { sources: ['s-b', 's-a'], ordre: 2 }),
      node('evenements', 'b-3', { sources: ['s-b'], ordre: 3 }),
    ]);
    const { prev, next } = g.prevNext(g.nodes.get('evenements/multi')!);
    expect([prev?.id, next?.id]).toEqual(['b-1', 'b-3']);
  });
});

describe('index par thème, source et article', () => {
  const graph = buildGraph([
    node('temoignages', 't1', { themes: ['a', 'b'], sources: ['s1'], ordre: 2 }),
    node('temoignages', 't2', { themes: ['a'], sources: ['s1'], ordre: 1 }),
    node('chiffres', 'c1', { themes: ['b'], sources: ['s2'], articles: ['art-1'] }),
    node('articles', 'art-1', { themes: ['c'], sources: ['s2', 's3'] }),
  ]);

  it('byTheme compte chaque entrée dans chacun de ses thèmes', () => {
    expect(graph.byTheme.get('a')?.length).toBe(2);
    expect(graph.byTheme.get('b')?.length).toBe(2);
    expect(graph.byTheme.get('c')?.length).toBe(1);
    expect(graph.byTheme.has('d')).toBe(false);
    expect(ids(graph.byTheme.get('a'))).toEqual(['temoignages/t2', 'temoignages/t1']);
  });

  it('bySource range les entrées dans l’ordre de la source ; un article à deux sources est dans les deux', () => {
    expect(ids(graph.bySource.get('s1'))).toEqual(['temoignages/t2', 'temoignages/t1']);
    expect(ids(graph.bySource.get('s3'))).toEqual(['articles/art-1']);
  });

  it('byArticle contient l’article lui-même et ce qui le cite', () => {
    expect(ids(graph.byArticle.get('art-1')).sort()).toEqual(['articles/art-1', 'chiffres/c1']);
  });
});

describe('adresses', () => {
  it('les articles vivent sous /ordonnance/, le reste sous le nom de la collection', () => {
    expect(withoutBase(urlOf({ kind: 'articles', id: 'article-4' }))).toBe('/ordonnance/article-4/');
    expect(withoutBase(urlOf({ kind: 'temoignages', id: 'jamila' }))).toBe('/temoignages/jamila/');
    expect(urlOf({ kind: 'temoignages', id: 'jamila' })).toBe(href('/temoignages/jamila/'));
    expect(keyOf({ kind: 'chiffres', id: 'x' })).toBe('chiffres/x');
  });
});
