import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/lib/collections.ts';
import { buildGraph, keyOf, type Node } from '../../src/lib/graph.ts';
import { loadContent } from '../../src/lib/integrity/load.ts';
import { toNodes, type NodeInput } from '../../src/lib/nodes.ts';
import { isRelated, matchOf, scoreOf } from '../../src/lib/related.ts';
import { node } from './node-factory.ts';

const ids = (list: readonly Node[]) => list.map(keyOf);

describe('« À lire aussi » par le sens (src/lib/related.ts)', () => {
  const page = node('temoignages', 'page', { themes: ['sante', 'guichets'], articles: ['article-4'], sources: ['lettre'], group: 'Question 2' });

  it('deux thèmes partagés passent avant un thème et un article', () => {
    const twoThemes = matchOf(page, node('chiffres', 'deux-themes', { themes: ['sante', 'guichets'], sources: ['autre'] }));
    const themeAndArticle = matchOf(page, node('temoignages', 'theme-article', { themes: ['sante'], articles: ['article-4'], sources: ['lettre'] }));
    expect(scoreOf(twoThemes)).toBeGreaterThan(scoreOf(themeAndArticle));
  });

  it('à thèmes égaux, l’article ou la même question passe avant la même source, qui passe avant la même nature', () => {
    const article = scoreOf(matchOf(page, node('propositions', 'article', { themes: ['sante'], articles: ['article-4'], sources: ['autre'] })));
    const question = scoreOf(matchOf(page, node('propositions', 'question', { themes: ['sante'], sources: ['lettre'], group: 'Question 2' })));
    const source = scoreOf(matchOf(page, node('chiffres', 'source', { themes: ['sante'], sources: ['lettre'] })));
    const kind = scoreOf(matchOf(page, node('temoignages', 'nature', { themes: ['sante'], sources: ['autre'] })));
    const nothing = scoreOf(matchOf(page, node('chiffres', 'rien', { themes: ['sante'], sources: ['autre'] })));
    expect(question).toBeGreaterThan(source);
    expect(article).toBeGreaterThan(source);
    expect(source).toBeGreaterThan(kind);
    expect(kind).toBeGreaterThan(nothing);
  });

  it('la même source ou la même question seule ne suffit pas : il faut un thème ou un article partagé', () => {
    expect(isRelated(page, node('temoignages', 'voisin', { themes: ['banques'], sources: ['lettre'], group: 'Question 2' }))).toBe(false);
    expect(isRelated(page, node('articles', 'article-4', { themes: ['cadre'] }))).toBe(true);
    expect(isRelated(page, node('temoignages', 'theme', { themes: ['guichets'] }))).toBe(true);
  });

  it('le graphe suit cet ordre et ne propose ni la page ni une entrée sans thème ni article commun', () => {
    const g = buildGraph([
      page,
      node('temoignages', 'voisin-de-source', { themes: ['banques'], sources: ['lettre'], group: 'Question 2', ordre: 2 }),
      node('temoignages', 'un-theme', { themes: ['guichets'], sources: ['autre'] }),
      node('chiffres', 'deux-themes', { themes: ['sante', 'guichets'], sources: ['autre'] }),
      node('propositions', 'theme-et-article', { themes: ['sante'], articles: ['article-4'], sources: ['autre'] }),
    ]);
    expect(ids(g.related(g.nodes.get('temoignages/page')!, 10))).toEqual(['chiffres/deux-themes', 'propositions/theme-et-article', 'temoignages/un-theme']);
  });
});

describe('« À lire aussi » sur le vrai contenu', () => {
  const { entries } = loadContent('content');
  // Validated the way the build validates them (each collection's schema), then typed as the graph's input.
  const of = (c: keyof NodeInput) => entries.filter((e) => e.collection === c).map((e) => ({ id: e.id, data: COLLECTIONS[c].schema.parse(e.data) }));
  const input = {
    temoignages: of('temoignages'),
    chiffres: of('chiffres'),
    propositions: of('propositions'),
    articles: of('articles'),
    evenements: of('evenements'),
  } as unknown as NodeInput;
  const graph = buildGraph(toNodes(input));
  const testimonies = [...graph.nodes.values()].filter((n) => n.kind === 'temoignages');
  const articlesOf = (n: Node) => (n.kind === 'articles' ? [...n.articles, n.id] : n.articles);

  it('sur 30 témoignages, chaque suggestion partage au moins un thème ou un article avec la page', () => {
    // Spread over the whole collection, so that every source document is visited.
    const step = Math.floor(testimonies.length / 30);
    const sample = Array.from({ length: 30 }, (_, i) => testimonies[i * step]!);
    expect(sample.length).toBe(30);
    const problems: string[] = [];
    for (const page of sample) {
      const related = graph.related(page);
      if (related.length === 0) problems.push(`${page.id} : aucune suggestion`);
      for (const r of related) {
        const shared = r.themes.some((t) => page.themes.includes(t)) || articlesOf(r).some((a) => articlesOf(page).includes(a));
        if (!shared) problems.push(`${page.id} → ${keyOf(r)} : ni thème ni article en commun`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('l’hôpital de Jacques suggère la santé parmi les deux premiers ; la banque d’Étienne suggère d’abord la banque', () => {
    const related = (id: string) => graph.related(graph.nodes.get(`temoignages/${id}`)!);
    expect(
      related('lettre-jacques-rendez-vous-hopital')
        .slice(0, 2)
        .some((r) => r.themes.includes('sante-et-soins')),
    ).toBe(true);
    expect(related('lettre-etienne-banque-tous-les-ages')[0]!.themes).toContain('banques-et-argent');
  });
});
