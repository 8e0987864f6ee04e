/**
 * The site's cross-link graph, computed once per build from plain entries: which entries share a theme,
 * a source, an article or a question; related items; previous/next in source order. Pure: no Astro imports.
 */

export type Kind = 'temoignages' | 'chiffres' | 'propositions' | 'articles' | 'evenements';

/** What the graph needs to know of an entry. */
export interface Node {
  kind: Kind;
  id: string;
  title: string;
  themes: readonly string[];
  /** Source documents (one for testimonies, figures, proposals; several for articles and events). */
  sources: readonly string[];
  articles: readonly string[];
  /** Question, chapter or section it belongs to, when that groups entries (testimonies and proposals of one question). */
  group?: string | undefined;
  /** Position in its source document. */
  ordre: number;
  /** Explicit links (a testimony's proposals, a figure's comparisons). */
  links: readonly { kind: Kind; id: string }[];
}

export const keyOf = (n: { kind: Kind; id: string }): string => `${n.kind}/${n.id}`;

const ROUTE: Record<Kind, string> = {
  temoignages: '/temoignages/',
  chiffres: '/chiffres/',
  propositions: '/propositions/',
  articles: '/ordonnance/',
  evenements: '/evenements/',
};

/** The permanent URL path of an entry (slugs come from file names, never from list positions). */
export const urlOf = (n: { kind: Kind; id: string }): string => `${ROUTE[n.kind]}${n.id}/`;

export interface Graph {
  nodes: Map<string, Node>;
  byTheme: Map<string, Node[]>;
  bySource: Map<string, Node[]>;
  byArticle: Map<string, Node[]>;
  related: (n: Node, limit?: number) => Node[];
  prevNext: (n: Node) => { prev?: Node | undefined; next?: Node | undefined };
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** Builds the graph. `sourceOrder` lists source ids in reading order, so that lists mix sources document by document. */
export function buildGraph(input: readonly Node[], sourceOrder: readonly string[] = []): Graph {
  const rank = new Map(sourceOrder.map((id, i) => [id, i]));
  // Articles and events have their own order (article number, date), whatever page they are sourced from.
  const sourceRank = (n: Node) => (n.kind === 'articles' || n.kind === 'evenements' ? 0 : (rank.get(n.sources[0] ?? '') ?? sourceOrder.length));
  const bySourceOrder = (a: Node, b: Node) => sourceRank(a) - sourceRank(b) || a.ordre - b.ordre || a.id.localeCompare(b.id);
  const nodes = new Map(input.map((n) => [keyOf(n), n]));
  const byTheme = new Map<string, Node[]>();
  const bySource = new Map<string, Node[]>();
  const byArticle = new Map<string, Node[]>();
  const byGroup = new Map<string, Node[]>();
  for (const n of input) {
    for (const t of n.themes) push(byTheme, t, n);
    for (const s of n.sources) push(bySource, s, n);
    for (const a of n.articles) push(byArticle, a, n);
    if (n.kind === 'articles') push(byArticle, n.id, n);
    if (n.group !== undefined) push(byGroup, `${n.sources[0] ?? ''}|${n.group}`, n);
  }
  for (const list of [...byTheme.values(), ...bySource.values(), ...byArticle.values()]) list.sort(bySourceOrder);

  // Position of each node among the entries of the same kind in its own first source, computed once.
  const position = new Map<string, { list: Node[]; index: number }>();
  const sameKindInSource = new Map<string, Node[]>();
  for (const [source, list] of bySource) for (const n of list) push(sameKindInSource, `${source}|${n.kind}`, n);
  for (const n of input) {
    const first = n.sources[0];
    if (first === undefined) continue;
    const list = sameKindInSource.get(`${first}|${n.kind}`) ?? [];
    position.set(keyOf(n), { list, index: list.indexOf(n) });
  }

  /**
   * Related entries, best first: explicit links, then same article or same question, then shared themes,
   * then same source. Scans only the node's own buckets (never every collection).
   */
  function related(n: Node, limit = 6): Node[] {
    const score = new Map<string, number>();
    const add = (m: Node | undefined, points: number) => {
      if (!m || keyOf(m) === keyOf(n)) return;
      score.set(keyOf(m), (score.get(keyOf(m)) ?? 0) + points);
    };
    for (const l of n.links) add(nodes.get(keyOf(l)), 100);
    // Every candidate list is capped: without it, each of k entries linked to one article scans the k others (k²).
    for (const a of n.articles) for (const m of (byArticle.get(a) ?? []).slice(0, 400)) add(m, 8);
    if (n.kind === 'articles') for (const m of (byArticle.get(n.id) ?? []).slice(0, 400)) add(m, 8);
    if (n.group !== undefined) for (const m of byGroup.get(`${n.sources[0] ?? ''}|${n.group}`) ?? []) add(m, 6);
    for (const t of n.themes) for (const m of (byTheme.get(t) ?? []).slice(0, 400)) add(m, m.kind === n.kind ? 2 : 3);
    for (const s of n.sources) for (const m of (bySource.get(s) ?? []).slice(0, 400)) add(m, 1);
    return [...score.entries()]
      .sort(([ka, a], [kb, b]) => b - a || ka.localeCompare(kb))
      .slice(0, limit)
      .map(([k]) => nodes.get(k))
      .filter((m): m is Node => m !== undefined);
  }

  function prevNext(n: Node) {
    const p = position.get(keyOf(n));
    if (!p) return {};
    return { prev: p.list[p.index - 1], next: p.list[p.index + 1] };
  }

  return { nodes, byTheme, bySource, byArticle, related, prevNext };
}
