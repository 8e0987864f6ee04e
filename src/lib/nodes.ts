import type { z } from 'astro/zod';
import type { articleSchema } from '../schemas/article.ts';
import type { chiffreSchema } from '../schemas/chiffre.ts';
import type { evenementSchema } from '../schemas/evenement.ts';
import type { propositionSchema } from '../schemas/proposition.ts';
import type { temoignageSchema } from '../schemas/temoignage.ts';
import type { Node } from './graph.ts';

type Entries<S extends z.ZodType> = readonly { id: string; data: z.output<S> }[];

/** The entries the cross-link graph is built from: Astro's collection entries, or any `{ id, data }` (the bench profile). */
export interface NodeInput {
  temoignages: Entries<typeof temoignageSchema>;
  chiffres: Entries<typeof chiffreSchema>;
  propositions: Entries<typeof propositionSchema>;
  articles: Entries<typeof articleSchema>;
  evenements: Entries<typeof evenementSchema>;
}

/** One graph node per entry: its kind, themes, sources, articles, group (question or series) and explicit links. */
export function toNodes(s: NodeInput): Node[] {
  // Testimonies and proposals sit in one document, grouped by the question or chapter their locator starts with.
  const fromDocument = (e: {
    id: string;
    data: { titre: string; themes: string[]; source: string; articles?: string[] | undefined; emplacement: string; ordre: number };
  }) => ({
    id: e.id,
    title: e.data.titre,
    themes: e.data.themes,
    sources: [e.data.source],
    articles: e.data.articles ?? [],
    group: e.data.emplacement.replace(/\s*[,(].*$/, ''),
    ordre: e.data.ordre,
  });
  return [
    ...s.temoignages.map((e): Node => ({
      kind: 'temoignages',
      ...fromDocument(e),
      links: (e.data.propositions ?? []).map((id) => ({ kind: 'propositions', id })),
    })),
    ...s.chiffres.map((e): Node => ({
      kind: 'chiffres',
      id: e.id,
      title: e.data.titre,
      themes: e.data.themes,
      sources: [e.data.source],
      articles: [],
      group: e.data.serie,
      ordre: e.data.ordre,
      links: (e.data.comparerAvec ?? []).map((id) => ({ kind: 'chiffres', id })),
    })),
    ...s.propositions.map((e): Node => ({ kind: 'propositions', ...fromDocument(e), links: [] })),
    ...s.articles.map((e): Node => ({
      kind: 'articles',
      id: e.id,
      title: e.data.titre,
      themes: e.data.themes,
      sources: e.data.sources,
      articles: [],
      ordre: e.data.ordre,
      links: [],
    })),
    ...s.evenements.map((e): Node => ({
      kind: 'evenements',
      id: e.id,
      title: e.data.titre,
      themes: e.data.themes,
      sources: e.data.sources,
      articles: e.data.articles ?? [],
      ordre: Number(e.data.date.replaceAll('-', '').padEnd(8, '0')),
      links: [],
    })),
  ];
}
