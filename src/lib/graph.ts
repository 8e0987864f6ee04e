/**
 * The site's cross-link graph, computed once per build from plain entries: which entries share a theme,
 * a source, an article or a question; related items; previous/next in source order. Pure: no Astro imports.
 */
import { isRelated, matchOf, scoreOf } from './related.ts';
import { entryUrl } from './routes.ts';

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

/** The permanent URL path of an entry (slugs come from file names, never from list positions). */
export const urlOf = (n: { kind: Kind; id: string }): string => entryUrl(n.kind, n.id);

export interface Graph {
  nodes: Map<string, Node>;
  byTheme: Map<string, Node[]>;
  bySource: Map<string, Node[]>;
  byArticle: Map<string, Node[]>;
  related: (n: Node, limit?: number) => Node[];
  prevNext: (n: Node) => { prev?: Node | undefined; next?: Node | undefined };
}

/** Most candidates one bucket (theme, source, article, question) may bring to `related()`. */
const CANDIDATES = 400;

/** Same order as `String#localeCompare` with no arguments, without building a collator at every call. */
const collator = new Intl.Collator();

/**
 * The `limit` nodes with the highest scores, equal scores in key order: the same result as sorting every
 * candidate (tests/unit/graph.test.ts compares the two), in one pass that keeps a short sorted list.
 */
export function best(score: ReadonlyMap<Node, number>, limit: number): Node[] {
  const top: { node: Node; score: number; key: string }[] = [];
  const before = (a: { score: number; key: string }, b: { score: number; key: string }) =>
    a.score > b.score || (a.score === b.score && collator.compare(a.key, b.key) < 0);
  for (const [node, points] of score) {
    const worst = top[top.length - 1];
    if (top.length >= limit && worst && points < worst.score) continue;
    const entry = { node, score: points, key: keyOf(node) };
    if (top.length >= limit && worst && !before(entry, worst)) continue;
    let i = top.length;
    while (i > 0 && before(entry, top[i - 1]!)) i--;
    top.splice(i, 0, entry);
    if (top.length > limit) top.pop();
  }
  return top.map((t) => t.node);
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
  for (const n of input) {
    for (const t of n.themes) push(byTheme, t, n);
    for (const s of n.sources) push(bySource, s, n);
    for (const a of n.articles) push(byArticle, a, n);
    if (n.kind === 'articles') push(byArticle, n.id, n);
  }
  for (const list of [...byTheme.values(), ...bySource.values(), ...byArticle.values()]) list.sort(bySourceOrder);

  // Position of each node among the entries of the same kind in its own first source, computed once.
  const position = new Map<string, { list: Node[]; index: number }>();
  const sameKindInSource = new Map<string, Node[]>();
  for (const [source, list] of bySource) for (const n of list) push(sameKindInSource, `${source}|${n.kind}`, n);
  for (const [bucket, list] of sameKindInSource) {
    list.forEach((n, index) => {
      // A node is placed in the list of its own first source only.
      if (bucket === `${n.sources[0] ?? ''}|${n.kind}` && !position.has(keyOf(n))) position.set(keyOf(n), { list, index });
    });
  }

  /**
   * Related entries, best first, by meaning (src/lib/related.ts): shared themes, then shared article or question,
   * then same source; equal scores in key order. Candidates come only from the node's theme and article buckets
   * (an entry that shares neither is never related), each capped at CANDIDATES, and the best `limit` are kept as they
   * come instead of sorting every candidate.
   */
  function related(n: Node, limit = 6): Node[] {
    const self = nodes.get(keyOf(n)) ?? n;
    const score = new Map<Node, number>();
    const consider = (list: readonly Node[] | undefined) => {
      if (!list) return;
      // Capped: without it, each of k entries sharing an article or a theme scans the k others (k²).
      for (let i = 0; i < Math.min(list.length, CANDIDATES); i++) {
        const m = list[i]!;
        if (m !== self && !score.has(m) && isRelated(self, m)) score.set(m, scoreOf(matchOf(self, m)));
      }
    };
    for (const a of n.articles) consider(byArticle.get(a));
    if (n.kind === 'articles') consider(byArticle.get(n.id));
    for (const t of n.themes) consider(byTheme.get(t));
    return best(score, limit);
  }

  function prevNext(n: Node) {
    const p = position.get(keyOf(n));
    if (!p) return {};
    return { prev: p.list[p.index - 1], next: p.list[p.index + 1] };
  }

  return { nodes, byTheme, bySource, byArticle, related, prevNext };
}
