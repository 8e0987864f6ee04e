import type { Kind, Node } from '../../src/lib/graph.ts';

/** A node of the cross-link graph with nothing in common with any other, unless `over` says so. */
export const node = (kind: Kind, id: string, over: Partial<Node> = {}): Node => ({
  kind,
  id,
  title: id,
  themes: [],
  sources: [],
  articles: [],
  ordre: 1,
  links: [],
  ...over,
});
