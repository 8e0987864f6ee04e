import { articleSchema } from './article.ts';
import { chiffreSchema } from './chiffre.ts';
import { evenementSchema } from './evenement.ts';
import { propositionSchema } from './proposition.ts';
import { serieSchema } from './serie.ts';
import { sourceSchema } from './source.ts';
import { temoignageSchema } from './temoignage.ts';
import { themeSchema } from './theme.ts';

/** Every collection: its folder under content/, file format, schema, and the fields that point to other collections. */
export const COLLECTIONS = {
  themes: { format: 'yaml', schema: themeSchema, refs: {} },
  sources: { format: 'yaml', schema: sourceSchema, refs: {} },
  series: { format: 'yaml', schema: serieSchema, refs: { themes: 'themes' } },
  temoignages: {
    format: 'mdx',
    schema: temoignageSchema,
    refs: { themes: 'themes', source: 'sources', articles: 'articles', propositions: 'propositions' },
  },
  chiffres: {
    format: 'mdx',
    schema: chiffreSchema,
    refs: { themes: 'themes', source: 'sources', serie: 'series', comparerAvec: 'chiffres' },
  },
  articles: { format: 'mdx', schema: articleSchema, refs: { themes: 'themes', sources: 'sources', 'citations.source': 'sources' } },
  propositions: { format: 'mdx', schema: propositionSchema, refs: { themes: 'themes', source: 'sources', articles: 'articles' } },
  evenements: { format: 'yaml', schema: evenementSchema, refs: { themes: 'themes', sources: 'sources', articles: 'articles' } },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
