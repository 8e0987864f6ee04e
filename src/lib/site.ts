import { getCollection, type CollectionEntry } from 'astro:content';
import { buildGraph, keyOf, type Graph, type Kind } from './graph.ts';
import { startCards } from './quote-card/publish.ts';
import { toNodes } from './nodes.ts';
import { byEventDate } from './event-date.ts';
import { publishedDossiers } from './views/evidence.ts';

export type Temoignage = CollectionEntry<'temoignages'>;
export type Chiffre = CollectionEntry<'chiffres'>;
export type Proposition = CollectionEntry<'propositions'>;
export type Article = CollectionEntry<'articles'>;
export type Evenement = CollectionEntry<'evenements'>;
export type Theme = CollectionEntry<'themes'>;
export type Source = CollectionEntry<'sources'>;
export type Serie = CollectionEntry<'series'>;
export type Aide = CollectionEntry<'aide'>;
export type Entry = Temoignage | Chiffre | Proposition | Article | Evenement;

export interface Site {
  temoignages: Temoignage[];
  chiffres: Chiffre[];
  propositions: Proposition[];
  articles: Article[];
  evenements: Evenement[];
  themes: Theme[];
  sources: Source[];
  series: Serie[];
  /** Where to get help in Brussels (content/aide/), by step then position. */
  aide: Aide[];
  /** Barometer editions (content/editions/), oldest first. */
  editions: CollectionEntry<'editions'>[];
  graph: Graph;
  entry: (n: { kind: Kind; id: string }) => Entry | undefined;
  theme: (id: string) => Theme;
  source: (id: string) => Source;
  serie: (id: string) => Serie;
  article: (id: string) => Article;
  /** Testimonies that name a proposition in their `propositions` field, in list order (indexed once per build). */
  temoignagesFor: (propositionId: string) => readonly Temoignage[];
}

const bySourceThenOrder = (sources: Map<string, number>) => (a: { data: { source: string; ordre: number }; id: string }, b: typeof a) =>
  (sources.get(a.data.source) ?? 99) - (sources.get(b.data.source) ?? 99) || a.data.ordre - b.data.ordre || a.id.localeCompare(b.id);

let cached: Promise<Site> | undefined;

/** Loads every collection once per build and computes the cross-link graph once. Every page calls this. */
export function getSite(): Promise<Site> {
  cached ??= (async () => {
    const [temoignages, chiffres, propositions, articles, evenements, themes, sources, series, aide, editions] = await Promise.all([
      getCollection('temoignages'),
      getCollection('chiffres'),
      getCollection('propositions'),
      getCollection('articles'),
      getCollection('evenements'),
      getCollection('themes'),
      getCollection('sources'),
      getCollection('series'),
      getCollection('aide'),
      getCollection('editions'),
    ]);
    editions.sort((a, b) => a.data.anneePublication - b.data.anneePublication);
    sources.sort((a, b) => (a.data.ordre ?? 999) - (b.data.ordre ?? 999) || a.id.localeCompare(b.id));
    const sourceRank = new Map(sources.map((s, i) => [s.id, i]));
    temoignages.sort(bySourceThenOrder(sourceRank));
    propositions.sort(bySourceThenOrder(sourceRank));
    // Figures: newest data first, then source order.
    chiffres.sort((a, b) => b.data.anneeDonnees - a.data.anneeDonnees || bySourceThenOrder(sourceRank)(a, b));
    articles.sort((a, b) => a.data.ordre - b.data.ordre);
    evenements.sort(byEventDate);
    themes.sort((a, b) => a.data.ordre - b.data.ordre);
    series.sort((a, b) => a.data.ordre - b.data.ordre || a.id.localeCompare(b.id));
    aide.sort((a, b) => a.data.ordre - b.data.ordre || a.id.localeCompare(b.id));
    const base = { temoignages, chiffres, propositions, articles, evenements, themes, sources, series, aide };
    const graph = buildGraph(
      toNodes(base),
      sources.map((s) => s.id),
    );
    const entries = new Map<string, Entry>();
    for (const kind of ['temoignages', 'chiffres', 'propositions', 'articles', 'evenements'] as const) {
      for (const e of base[kind]) entries.set(keyOf({ kind, id: e.id }), e);
    }
    const lookup = <T extends { id: string }>(list: T[], what: string) => {
      const map = new Map(list.map((x) => [x.id, x]));
      return (id: string): T => {
        const found = map.get(id);
        if (!found) throw new Error(`${what} inconnu : ${id}`);
        return found;
      };
    };
    const byProposition = new Map<string, Temoignage[]>();
    for (const t of base.temoignages)
      for (const p of t.data.propositions ?? []) {
        const list = byProposition.get(p);
        if (list) list.push(t);
        else byProposition.set(p, [t]);
      }
    const site: Site = {
      ...base,
      editions,
      graph,
      temoignagesFor: (id) => byProposition.get(id) ?? [],
      entry: (n) => entries.get(keyOf(n)),
      theme: lookup(themes, 'thème'),
      source: lookup(sources, 'source'),
      serie: lookup(series, 'série'),
      article: lookup(base.articles, 'article'),
    };
    // In astro build, the quote cards are drawn beside the whole page rendering (src/integrations/quote-cards.ts).
    startCards(site);
    return site;
  })();
  return cached;
}

/** One page per published dossier (drafts get none): the paths of a dossier's page and of its handout. */
export const dossierPaths = async () => publishedDossiers(await getCollection('dossiers')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
