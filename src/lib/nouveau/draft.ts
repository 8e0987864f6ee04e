import type { z } from 'astro/zod';
import { Document, isMap, isScalar, isSeq } from 'yaml';
import type { CollectionName } from '../collections.ts';
import { frenchErrors } from '../integrity/messages.ts';
import { checkMdxBody } from '../integrity/mdx-safety.ts';
import { BODY, GLOBAL_FLAGS, type Draft, type FieldSpec, type TypeSpec } from './fields.ts';

/** Existing ids, by collection (to refuse a reference to nothing). */
export type Known = Partial<Record<CollectionName, readonly string[]>>;

const shapeOf = (spec: TypeSpec): Record<string, z.ZodType | undefined> => spec.schema.shape;

const YES = new Set(['o', 'oui', 'y', 'yes', 'true', 'vrai', '1']);
const NO = new Set(['n', 'non', 'no', 'false', 'faux', '0']);

/**
 * Turns one typed answer (or option value) into the value the schema expects. Empty → undefined (field left out).
 * For `enum`, `ref` and `refs`, a number picks the n-th of `choices` (the numbered list shown to the user).
 * Anything that cannot be read is returned as typed, so that the schema's own message explains what is expected.
 */
export function readAnswer(field: FieldSpec, raw: string | true, choices: readonly string[] = []): unknown {
  if (raw === true) return field.kind === 'boolean' ? true : undefined;
  const text = field.kind === 'multiline' ? raw.replace(/\r\n?/g, '\n').trim() : raw.trim();
  if (text === '') return undefined;
  const pick = (token: string): string => {
    const n = /^\d+$/.test(token) ? Number(token) : NaN;
    return Number.isInteger(n) && n >= 1 && n <= choices.length ? choices[n - 1]! : token;
  };
  switch (field.kind) {
    case 'boolean': {
      const word = text.toLowerCase();
      return YES.has(word) ? true : NO.has(word) ? false : text;
    }
    case 'integer':
    case 'number': {
      const plain = text.replace(/\s/g, '').replace(',', '.');
      return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : text;
    }
    case 'enum':
    case 'ref':
      return pick(text);
    case 'refs':
    case 'list':
      return text
        .split(',')
        .map((t) => t.trim())
        .filter((t) => t !== '')
        .map((t) => (field.kind === 'refs' ? pick(t) : t));
    default:
      return text;
  }
}

/** Builds a draft from command-line options; unknown options are reported, in French. */
export function draftFromFlags(spec: TypeSpec, flags: ReadonlyMap<string, string | true>): { draft: Draft; errors: string[] } {
  const draft: Draft = {};
  const errors: string[] = [];
  for (const [name, raw] of flags) {
    if ((GLOBAL_FLAGS as readonly string[]).includes(name)) continue;
    const field = spec.fields.find((f) => f.flag === name);
    if (!field) {
      errors.push(`option inconnue --${name} pour ${spec.label} (options possibles : ${spec.fields.map((f) => `--${f.flag}`).join(', ')})`);
      continue;
    }
    if (raw === true && field.kind !== 'boolean') {
      errors.push(`--${name} attend une valeur : --${name} "…"`);
      continue;
    }
    const value = readAnswer(field, raw);
    if (value !== undefined) draft[field.key] = value;
  }
  return { draft, errors };
}

/** Sets one answer; `undefined` removes it (the field is left out of the file). */
export function setAnswer(draft: Draft, key: string, value: unknown): void {
  if (value === undefined) Reflect.deleteProperty(draft, key);
  else draft[key] = value;
}

/** The value the schema gives a field that is left out (`publication` → publie-par-la-source), if any. */
export function defaultOf(spec: TypeSpec, key: string): unknown {
  const result = shapeOf(spec)[key]?.safeParse(undefined);
  return result?.success === true ? result.data : undefined;
}

/** Levenshtein distance, for « vouliez-vous dire » suggestions. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** The existing id closest to a mistyped one, if one is close enough. */
export function suggest(id: string, ids: readonly string[]): string | undefined {
  let best: { id: string; d: number } | undefined;
  for (const candidate of ids) {
    const d = candidate.startsWith(id) || id.startsWith(candidate) ? 1 : distance(id, candidate);
    if (d <= Math.max(2, Math.floor(id.length / 4)) && (best === undefined || d < best.d)) best = { id: candidate, d };
  }
  return best?.id;
}

/**
 * Why one field of a draft is refused (undefined when it is fine). The value is checked by the entry's zod schema
 * on the type's template overlaid with the draft's other valid answers, so rules that tie fields together apply;
 * references must name an existing entry; the body must be free of code (same rules as the checker).
 */
export function fieldError(spec: TypeSpec, draft: Draft, field: FieldSpec, known?: Known): string | undefined {
  const value = draft[field.key];
  if (field.key === BODY) {
    if (typeof value !== 'string' || value.trim() === '') {
      return spec.bodyRequired ? `ne peut pas être vide : recopiez ${spec.the}, mot pour mot` : undefined;
    }
    return checkMdxBody(value)[0]?.message;
  }
  if (field.kind === 'boolean' && value !== undefined && typeof value !== 'boolean') return 'répondez oui ou non';

  const shape = shapeOf(spec);
  const probe: Draft = Object.fromEntries(Object.entries(spec.template).filter(([key]) => key !== BODY && key !== field.key));
  for (const [key, v] of Object.entries(draft)) {
    if (key !== BODY && key !== field.key && shape[key]?.safeParse(v).success === true) probe[key] = v;
  }
  if (value !== undefined) probe[field.key] = value;
  const result = spec.schema.safeParse(probe, { error: frenchErrors });
  const issue = result.success ? undefined : result.error.issues.find((i) => i.path[0] === field.key);
  if (issue) return value === undefined ? `obligatoire — ${issue.message}` : issue.message;

  if (known && field.collection && value !== undefined) {
    const ids = known[field.collection] ?? [];
    for (const id of Array.isArray(value) ? (value as unknown[]) : [value]) {
      if (typeof id !== 'string' || ids.includes(id)) continue;
      const close = suggest(id, ids);
      return `« ${id} » n'existe pas dans content/${field.collection}/${close ? ` — vouliez-vous dire « ${close} » ?` : ''}`;
    }
  }
  return undefined;
}

export interface DraftProblems {
  /** Required fields (given the answers so far) that have no value. */
  missing: FieldSpec[];
  /** Fields whose value is refused, with the French reason. */
  invalid: { field: FieldSpec; message: string }[];
}

/** Every problem of a draft at once. */
export function draftProblems(spec: TypeSpec, draft: Draft, known?: Known): DraftProblems {
  const out: DraftProblems = { missing: [], invalid: [] };
  for (const field of spec.fields) {
    const message = fieldError(spec, draft, field, known);
    if (message === undefined) continue;
    if (draft[field.key] === undefined) out.missing.push(field);
    else out.invalid.push({ field, message });
  }
  return out;
}

/** MDX reads `{`, `}` and `<` as code: a quotation that contains them gets them escaped (the page shows them unchanged). */
export const escapeMdx = (text: string): string => text.replace(/[{}<]/g, (c) => `\\${c}`);

/** Kinds of field written between double quotes (free text and dates); ids, choices, numbers and booleans stay bare. */
const QUOTED = new Set(['text', 'multiline', 'date', 'list']);

/**
 * The file for a complete draft: YAML frontmatter in schema order (values equal to the schema default left out,
 * texts double-quoted, lists on one line) and, for MDX, the body below it.
 */
export function buildEntry(spec: TypeSpec, draft: Draft): { data: Record<string, unknown>; text: string } {
  const shape = shapeOf(spec);
  const data: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(shape)) {
    const value = draft[key];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    if (schema !== undefined && defaultOf(spec, key) === value) continue;
    data[key] = value;
  }
  const doc = new Document(data);
  const kinds = new Map(spec.fields.map((f) => [f.key, f.kind]));
  for (const pair of isMap(doc.contents) ? doc.contents.items : []) {
    const quoted = QUOTED.has(kinds.get(isScalar(pair.key) ? String(pair.key.value) : '') ?? '');
    if (isSeq(pair.value)) {
      pair.value.flow = true;
      if (quoted) for (const item of pair.value.items) if (isScalar(item)) item.type = 'QUOTE_DOUBLE';
    } else if (quoted && isScalar(pair.value) && typeof pair.value.value === 'string') {
      pair.value.type = 'QUOTE_DOUBLE';
    }
  }
  const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  if (spec.format === 'yaml') return { data, text: yaml };
  const body = typeof draft[BODY] === 'string' ? escapeMdx(draft[BODY].replace(/\r\n?/g, '\n').trim()) : '';
  return { data, text: `---\n${yaml}---\n${body === '' ? '' : `${body}\n`}` };
}

/** Rewrites the field names a schema message quotes (`personnePublique: true`, `consentementDate`) as the matching options. */
export const withFlags = (spec: TypeSpec, message: string): string =>
  message.replace(/`([A-Za-z]+)(?:: [^`]*)?`/g, (whole, key: string) => {
    const field = spec.fields.find((f) => f.key === key);
    return field ? `--${field.flag}` : whole;
  });
