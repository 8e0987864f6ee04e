import type { z } from 'astro/zod';
import { t } from '../i18n/index.ts';
import { schemaFields, type SchemaField } from '../schemas/fields.ts';
import { bodyRequired, COLLECTION_NAMES, COLLECTIONS, type CollectionName } from './collections.ts';

/**
 * Browser-editor (Sveltia CMS) configuration generated from the zod schemas and the collection registry: what a field
 * is, its label and help (the schema's `.meta({ title, description })`), which values it takes, whether it is required
 * and what it points to. Pure: the page /admin/config.yml writes it.
 */
export interface CmsCollectionSpec {
  name: string;
  label: string;
  format: 'mdx' | 'yaml';
  schema: z.ZodType;
  /** Fields that hold ids of other collections (dotted for nested: 'citations.source'). */
  refs: Readonly<Record<string, string>>;
  /** The Markdown body of an MDX collection: its label and whether it must be written. */
  body?: { label: string; required: boolean };
}

export type CmsField = Record<string, unknown> & { name: string; label: string; widget: string };

/**
 * The order of the editor's collection list: what contributors add most often first. Names not (yet) in the registry
 * are skipped; a registry collection missing here comes last, so a new collection (dossiers) appears by itself.
 */
export const CMS_ORDER: readonly string[] = [
  'temoignages',
  'dossiers',
  'chiffres',
  'propositions',
  'articles',
  'evenements',
  'dossiers',
  'series',
  'themes',
  'sources',
  'editions',
  'aide',
  'facile',
];

/** The registry's collections in CMS_ORDER, then any other in registry order. */
export function cmsOrder(names: readonly CollectionName[] = COLLECTION_NAMES): CollectionName[] {
  const rank = (n: string) => (CMS_ORDER.includes(n) ? CMS_ORDER.indexOf(n) : CMS_ORDER.length);
  return names
    .map((n, i) => ({ n, i }))
    .sort((a, b) => rank(a.n) - rank(b.n) || a.i - b.i)
    .map(({ n }) => n);
}

const LONG_TEXT = new Set([
  'description',
  'resume',
  'constat',
  'critique',
  'lectureCour',
  'phrase',
  'note',
  'datation',
  'texte',
  'offre',
  'conditions',
  'aVerifier',
]);

function field(f: SchemaField, spec: CmsCollectionSpec, prefix = ''): CmsField {
  const s = f.json;
  const path = prefix ? `${prefix}.${f.key}` : f.key;
  const base = { name: f.key, label: f.title, required: f.required, ...(f.description ? { hint: f.description } : {}) };
  if (s.default !== undefined) Object.assign(base, { default: s.default });
  const target = spec.refs[path];
  if (target) {
    const multiple = s.type === 'array';
    return {
      ...base,
      widget: 'relation',
      collection: target,
      value_field: '{{slug}}',
      search_fields: ['titre'],
      display_fields: ['titre'],
      multiple,
      ...(multiple && s.minItems !== undefined ? { min: s.minItems } : {}),
      ...(multiple && s.maxItems !== undefined ? { max: s.maxItems } : {}),
    };
  }
  if (s.enum) return { ...base, widget: 'select', options: s.enum };
  if (s.type === 'boolean') return { ...base, widget: 'boolean' };
  if (s.type === 'integer' || s.type === 'number') {
    const bound = (n: number | undefined) => (n !== undefined && Math.abs(n) < 1e9 ? n : undefined);
    return {
      ...base,
      widget: 'number',
      value_type: s.type === 'integer' ? 'int' : 'float',
      ...(bound(s.minimum) !== undefined ? { min: s.minimum } : {}),
      ...(bound(s.maximum) !== undefined ? { max: s.maximum } : {}),
    };
  }
  if (f.children.length > 0) return { ...base, widget: 'list', fields: f.children.map((c) => field(c, spec, path)) };
  if (s.type === 'array') return { ...base, widget: 'list' };
  return { ...base, widget: LONG_TEXT.has(f.key) ? 'text' : 'string' };
}

/** The editor's fields of one collection, in schema order, plus the Markdown body. */
export function cmsFields(spec: CmsCollectionSpec): CmsField[] {
  const fields = schemaFields(spec.schema).map((f) => field(f, spec));
  if (spec.body) fields.push({ name: 'body', label: spec.body.label, widget: 'markdown', required: spec.body.required });
  return fields;
}

/** One spec per collection of the registry, in CMS_ORDER, labelled through the interface strings (src/i18n). */
export function cmsCollections(): CmsCollectionSpec[] {
  return cmsOrder().map((name) => {
    const c = COLLECTIONS[name];
    return {
      name,
      label: t(c.label),
      format: c.format,
      schema: c.schema,
      refs: c.refs,
      ...('bodyLabel' in c ? { body: { label: t(c.bodyLabel), required: bodyRequired(name) } } : {}),
    };
  });
}

// No `locale` key: Sveltia CMS has none (it warns « unknown option ») and takes its interface language from the
// browser's languages or the user's own setting; /admin/langue.js sets that setting to French when the person has not
// chosen, and /admin/ serves the French strings (src/pages/admin/locales/).
export function cmsConfig(specs: readonly CmsCollectionSpec[], backend: Record<string, unknown>): Record<string, unknown> {
  return {
    backend,
    media_folder: 'public/media',
    public_folder: '/media',
    collections: specs.map((spec) => ({
      name: spec.name,
      label: spec.label,
      folder: `content/${spec.name}`,
      extension: spec.format === 'mdx' ? 'mdx' : 'yaml',
      format: spec.format === 'mdx' ? 'frontmatter' : 'yaml',
      create: true,
      identifier_field: 'titre',
      slug: '{{fields.titre}}',
      fields: cmsFields(spec),
    })),
  };
}
