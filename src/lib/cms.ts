import { z } from 'astro/zod';

/**
 * Browser-editor (Sveltia CMS) configuration generated from the zod schemas: one source of truth for what a field
 * is, which values it takes, whether it is required and what it points to. Pure: the page /admin/config.yml writes it.
 */
export interface CmsCollectionSpec {
  name: string;
  label: string;
  format: 'mdx' | 'yaml';
  schema: z.ZodType;
  /** Fields that hold ids of other collections (dotted for nested: 'citations.source'). */
  refs: Readonly<Record<string, string>>;
  /** One-line help per field (the schema's JSDoc). */
  hints?: Readonly<Record<string, string>>;
  /** Label of the MDX body, for MDX collections. */
  bodyLabel?: string;
}

export type CmsField = Record<string, unknown> & { name: string; widget: string };

interface JsonSchema {
  type?: string;
  enum?: unknown[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  default?: unknown;
}

const LONG_TEXT = new Set(['description', 'resume', 'constat', 'critique', 'lectureCour', 'phrase', 'note', 'datation', 'texte']);

function field(name: string, s: JsonSchema, required: boolean, spec: CmsCollectionSpec, prefix = ''): CmsField {
  const path = prefix ? `${prefix}.${name}` : name;
  const base: Record<string, unknown> & { name: string } = { name, label: name, required, ...(spec.hints?.[path] ? { hint: spec.hints[path] } : {}) };
  if (s.default !== undefined) base['default'] = s.default;
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
  if (s.type === 'array' && s.items?.type === 'object') {
    const req = new Set(s.items.required ?? []);
    return { ...base, widget: 'list', fields: Object.entries(s.items.properties ?? {}).map(([k, v]) => field(k, v, req.has(k), spec, path)) };
  }
  if (s.type === 'array') return { ...base, widget: 'list' };
  return { ...base, widget: LONG_TEXT.has(name) ? 'text' : 'string' };
}

/** The editor's fields of one collection, in schema order, plus the MDX body. */
export function cmsFields(spec: CmsCollectionSpec): CmsField[] {
  const json = z.toJSONSchema(spec.schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const required = new Set(json.required ?? []);
  const fields = Object.entries(json.properties ?? {}).map(([name, s]) => field(name, s, required.has(name), spec));
  if (spec.format === 'mdx')
    fields.push({ name: 'body', label: spec.bodyLabel ?? 'Texte', widget: 'markdown', required: spec.name === 'temoignages' || spec.name === 'propositions' });
  return fields;
}

export function cmsConfig(specs: readonly CmsCollectionSpec[], backend: Record<string, unknown>): Record<string, unknown> {
  return {
    backend,
    locale: 'fr',
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

/** Reads `/** doc *\/ field` pairs from a schema module's source, for the editor's hints. */
export function jsDocHints(source: string): Record<string, string> {
  const hints: Record<string, string> = {};
  for (const m of source.matchAll(/\/\*\*\s*((?:(?!\*\/)[\s\S])*?)\s*\*\/\s*\n\s*(\w+)\s*[:,]/g)) {
    const [, doc, name] = m;
    if (doc && name && hints[name] === undefined) hints[name] = doc.replace(/\s*\n\s*\*\s*/g, ' ').trim();
  }
  return hints;
}
