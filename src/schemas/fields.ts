import { z } from 'astro/zod';

/**
 * The fields of a schema as its JSON Schema states them (zod's `z.toJSONSchema`): type, allowed values, bounds, default,
 * whether required, and the `title` / `description` each field carries in `.meta()`. The editor (src/lib/cms.ts) and
 * `npm run nouveau` (src/lib/nouveau/) both read fields through this one walk.
 */
export interface JsonSchema {
  type?: string;
  enum?: readonly (string | number)[];
  const?: unknown;
  anyOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  default?: unknown;
  title?: string;
  description?: string;
}

export interface SchemaField {
  /** Key in the frontmatter. */
  key: string;
  /** The field's name for people (`.meta({ title })`); the key itself only if the schema forgot it (a test refuses that). */
  title: string;
  /** One-line help (`.meta({ description })`). */
  description: string | undefined;
  /** Must be written (no default, not optional). */
  required: boolean;
  json: JsonSchema;
  /** For a list of objects (`citations`): its fields. */
  children: SchemaField[];
}

/** Reads the fields of an object's JSON Schema, in schema order. */
export function fieldsOf(json: JsonSchema): SchemaField[] {
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([key, s]) => ({
    key,
    title: s.title ?? key,
    description: s.description,
    required: required.has(key),
    json: s,
    children: s.type === 'array' && s.items?.type === 'object' ? fieldsOf(s.items) : [],
  }));
}

/** The fields of an object schema, as a contributor writes them (`io: 'input'`: a field with a default is not required). */
export const schemaFields = (schema: z.ZodType): SchemaField[] => fieldsOf(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
