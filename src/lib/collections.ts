import { aideSchema } from '../schemas/aide.ts';
import { articleSchema } from '../schemas/article.ts';
import { chiffreSchema } from '../schemas/chiffre.ts';
import { facileSchema } from '../schemas/facile.ts';
import { dossierSchema } from '../schemas/dossier.ts';
import { editionSchema } from '../schemas/edition.ts';
import { evenementSchema } from '../schemas/evenement.ts';
import { propositionSchema } from '../schemas/proposition.ts';
import { serieSchema } from '../schemas/serie.ts';
import { sourceSchema } from '../schemas/source.ts';
import { temoignageSchema } from '../schemas/temoignage.ts';
import { themeSchema } from '../schemas/theme.ts';

/**
 * The collection registry: each collection of content/ described once. The content config, the checker, the
 * editor (/admin/), `npm run nouveau` and the routes module (src/lib/routes.ts) all read it; none restates it.
 *
 * - `folder`: the folder under content/ (also the collection's name in Astro);
 * - `format`: `mdx` (YAML frontmatter + Markdown body) or `yaml`;
 * - `refs`: fields that hold ids of other collections (dotted for nested fields);
 * - `entryRoute` / `listRoute`: first URL segment of an entry's page and of the collection's list;
 * - `label` / `singular`: i18n keys (src/i18n/fr.json) of the collection's name and of one entry;
 * - `body`: whether the Markdown body must be written (`required`), may be (`optional`), or does not exist (`none`);
 *   `bodyLabel`: i18n key naming the body in the editor and in `npm run nouveau`.
 */
export const COLLECTIONS = {
  themes: {
    folder: 'themes',
    format: 'yaml',
    schema: themeSchema,
    refs: {},
    entryRoute: 'themes',
    listRoute: 'themes',
    label: 'collection.themes',
    singular: 'kind.themes',
    body: 'none',
  },
  sources: {
    folder: 'sources',
    format: 'yaml',
    schema: sourceSchema,
    refs: {},
    entryRoute: 'sources',
    listRoute: 'sources',
    label: 'collection.sources',
    singular: 'kind.sources',
    body: 'none',
  },
  series: {
    folder: 'series',
    format: 'yaml',
    schema: serieSchema,
    refs: { themes: 'themes' },
    entryRoute: 'graphiques',
    listRoute: 'graphiques',
    label: 'collection.series',
    singular: 'kind.series',
    body: 'none',
  },
  // Barometer editions: no page of their own (routes point at the charts that draw them); figures cite them in `barometre`.
  editions: {
    folder: 'editions',
    format: 'yaml',
    schema: editionSchema,
    refs: {},
    entryRoute: 'graphiques',
    listRoute: 'graphiques',
    label: 'collection.editions',
    singular: 'kind.editions',
    body: 'none',
  },
  temoignages: {
    folder: 'temoignages',
    format: 'mdx',
    schema: temoignageSchema,
    refs: { themes: 'themes', source: 'sources', articles: 'articles', propositions: 'propositions' },
    entryRoute: 'temoignages',
    listRoute: 'temoignages',
    label: 'collection.temoignages',
    singular: 'kind.temoignages',
    body: 'required',
    bodyLabel: 'body.temoignages',
  },
  chiffres: {
    folder: 'chiffres',
    format: 'mdx',
    schema: chiffreSchema,
    refs: { themes: 'themes', source: 'sources', serie: 'series', comparerAvec: 'chiffres', barometre: 'editions' },
    entryRoute: 'chiffres',
    listRoute: 'chiffres',
    label: 'collection.chiffres',
    singular: 'kind.chiffres',
    body: 'optional',
    bodyLabel: 'body.chiffres',
  },
  articles: {
    folder: 'articles',
    format: 'mdx',
    schema: articleSchema,
    refs: { themes: 'themes', sources: 'sources', 'citations.source': 'sources' },
    entryRoute: 'ordonnance',
    listRoute: 'ordonnance',
    label: 'collection.articles',
    singular: 'kind.articles',
    body: 'optional',
    bodyLabel: 'body.articles',
  },
  propositions: {
    folder: 'propositions',
    format: 'mdx',
    schema: propositionSchema,
    refs: { themes: 'themes', source: 'sources', articles: 'articles' },
    entryRoute: 'propositions',
    listRoute: 'propositions',
    label: 'collection.propositions',
    singular: 'kind.propositions',
    body: 'required',
    bodyLabel: 'body.propositions',
  },
  evenements: {
    folder: 'evenements',
    format: 'yaml',
    schema: evenementSchema,
    refs: { themes: 'themes', sources: 'sources', articles: 'articles' },
    entryRoute: 'evenements',
    listRoute: 'chronologie',
    label: 'collection.evenements',
    singular: 'kind.evenements',
    body: 'none',
  },
  // Prose mixed with evidence components, compiled by @astrojs/mdx; ids inside the body are checked by
  // src/lib/integrity/dossier-refs.ts (the `refs` below are the header's only).
  dossiers: {
    folder: 'dossiers',
    format: 'mdx',
    schema: dossierSchema,
    refs: { themes: 'themes' },
    entryRoute: 'dossiers',
    listRoute: 'dossiers',
    label: 'collection.dossiers',
    singular: 'kind.dossiers',
    body: 'required',
    bodyLabel: 'body.dossiers',
  },
  aide: {
    folder: 'aide',
    format: 'yaml',
    schema: aideSchema,
    refs: {},
    entryRoute: 'aide',
    listRoute: 'aide',
    label: 'collection.aide',
    singular: 'kind.aide',
    body: 'none',
  },
  facile: {
    folder: 'facile',
    format: 'mdx',
    schema: facileSchema,
    refs: {},
    entryRoute: 'facile',
    listRoute: 'facile',
    label: 'collection.facile',
    singular: 'kind.facile',
    body: 'required',
    bodyLabel: 'body.facile',
  },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** File extension of a collection's entries, with its dot. */
export const extensionOf = (c: CollectionName): '.mdx' | '.yaml' => (COLLECTIONS[c].format === 'mdx' ? '.mdx' : '.yaml');

/** Whether an entry of this collection must have a non-empty body. */
export const bodyRequired = (c: CollectionName): boolean => COLLECTIONS[c].body === 'required';
