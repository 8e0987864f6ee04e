/**
 * « À lire aussi » by meaning: what an entry shares with the page, compared in a fixed order. Pure: no Astro imports.
 *
 * 1. shared themes (more is better);
 * 2. then shared ordinance articles, the same question or chapter of the same document, an explicit link;
 * 3. then the same source document;
 * 4. then the same kind of entry (a testimony first suggests testimonies).
 *
 * An entry that shares neither a theme nor an article is never suggested: being next in the same document says
 * nothing about its meaning.
 */
import type { Node } from './graph.ts';

/** What one entry shares with the page. */
export interface Match {
  themes: number;
  /** Shared articles, same question, explicit link: each counts one. */
  meaning: number;
  sameSource: boolean;
  sameKind: boolean;
}

/** The articles an entry is about; an article is about itself. */
const articlesOf = (n: Node): readonly string[] => (n.kind === 'articles' ? [...n.articles, n.id] : n.articles);

const sharedCount = (a: readonly string[], b: readonly string[]): number => a.filter((x) => b.includes(x)).length;

const groupOf = (n: Node): string | undefined => (n.group === undefined ? undefined : `${n.sources[0] ?? ''}|${n.group}`);

export function matchOf(page: Node, other: Node): Match {
  const group = groupOf(page);
  const linked = page.links.some((l) => l.kind === other.kind && l.id === other.id) || other.links.some((l) => l.kind === page.kind && l.id === page.id);
  return {
    themes: sharedCount(page.themes, other.themes),
    meaning: sharedCount(articlesOf(page), articlesOf(other)) + (group !== undefined && group === groupOf(other) ? 1 : 0) + (linked ? 1 : 0),
    sameSource: page.sources.some((s) => other.sources.includes(s)),
    sameKind: page.kind === other.kind,
  };
}

/** Only entries that share a theme or an article are related. */
export const isRelated = (page: Node, other: Node): boolean =>
  sharedCount(page.themes, other.themes) > 0 || sharedCount(articlesOf(page), articlesOf(other)) > 0;

/**
 * One number that sorts like the criteria above, compared in order (each level outweighs every level below it:
 * at most 3 themes, and far fewer than 100 shared articles).
 */
export const scoreOf = (m: Match): number => m.themes * 10_000 + Math.min(m.meaning, 99) * 100 + (m.sameSource ? 10 : 0) + (m.sameKind ? 1 : 0);
