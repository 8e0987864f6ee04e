import type { z } from 'astro/zod';
import { bodyRequired, COLLECTIONS, extensionOf, type CollectionName } from '../collections.ts';
import { SLUG_PATTERN } from '../../schemas/common.ts';
import { isProblemCode, type ProblemCode } from './codes.ts';
import type { RawEntry } from './load.ts';
import { checkDossier } from './dossier-refs.ts';
import { checkMdxBody } from './mdx-safety.ts';
import { frenchErrors } from './messages.ts';
import { checkEasyRead, checkEasyReadTarget } from './readability.ts';
import { checkFigures, checkValues } from './rules.ts';

/** One problem, printed as `path:line champ: message`; `code` says what kind it is (src/lib/integrity/codes.ts). */
export interface Problem {
  path: string;
  line: number;
  field: string;
  code: ProblemCode;
  message: string;
}

export const formatProblem = (p: Problem): string => `${p.path}:${p.line} ${p.field}: ${p.message}`;

const get = (data: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);

const fieldName = (path: readonly PropertyKey[]): string => (path.length === 0 ? '(en-tête)' : path.map(String).join('.'));

/** The code of a zod issue: the one a schema's custom rule names (`params: { code }`), else one from zod's own kind. */
export function issueCode(data: unknown, issue: z.core.$ZodIssue): ProblemCode {
  if (issue.code === 'custom') return isProblemCode(issue.params?.['code']) ? issue.params['code'] : 'schema.rule';
  if (issue.path[0] === 'themes' && issue.path.length === 1) return 'schema.themes';
  if (issue.code === 'invalid_type') return get(data, issue.path) === undefined ? 'schema.missing' : 'schema.type';
  return 'schema.value';
}

/** Turns one zod issue into French problems (an unknown-key issue gives one problem per key). */
function issueProblems(entry: RawEntry, issue: z.core.$ZodIssue): Problem[] {
  const at = (path: readonly PropertyKey[], code: ProblemCode, message: string): Problem => ({
    path: entry.path,
    line: entry.lineOf(path),
    field: fieldName(path),
    code,
    message,
  });
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) =>
      at([...issue.path, key], 'schema.unknown', `champ inconnu : « ${key} » n'existe pas pour ${entry.collection} (faute de frappe ? voir src/schemas/)`),
    );
  }
  const code = issueCode(entry.data, issue);
  return [at(issue.path, code, code === 'schema.missing' ? `champ obligatoire manquant — ${issue.message}` : issue.message)];
}

/**
 * Drops a schema problem on a field that a more precise rule already reports (an unquoted date is also « not a
 * text »; a full name is also refused by the schema's older rule): one problem per fault.
 */
function withoutEchoes(problems: Problem[], reported: readonly Problem[]): Problem[] {
  const precise = new Set([...reported, ...problems].filter((p) => !p.code.startsWith('schema.')).map((p) => p.field));
  return problems.filter((p) => !p.code.startsWith('schema.') || !precise.has(p.field));
}

/** Validates every entry and every cross-reference; returns all problems at once (never stops at the first). */
export function checkContent(entries: RawEntry[], fileProblems: readonly Problem[] = []): Problem[] {
  const problems: Problem[] = [...fileProblems];
  const valid = new Map<CollectionName, Map<string, Record<string, unknown>>>();
  const seen = new Map<string, RawEntry>();

  for (const entry of entries) {
    const slugProblem = (code: ProblemCode, message: string) => problems.push({ path: entry.path, line: 1, field: '(nom du fichier)', code, message });
    if (!SLUG_PATTERN.test(entry.id)) {
      slugProblem(
        'file.name',
        `« ${entry.id} » n'est pas un identifiant valable : minuscules sans accents, chiffres et tirets seulement (ex. jamila-commune.mdx)`,
      );
    }
    const key = `${entry.collection}/${entry.id.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()}`;
    const twin = seen.get(key);
    if (twin)
      slugProblem('file.duplicate', `identifiant en double : ${twin.path} donne déjà l'adresse /${entry.collection}/${entry.id}/ — renommez l'un des deux`);
    else seen.set(key, entry);

    const parsed = entry.problems.map((p) => ({ path: entry.path, ...p }));
    problems.push(...parsed);
    // An unreadable header has no values to check (a BOM or an unquoted date leaves them readable).
    if (parsed.some((p) => p.code.startsWith('yaml.') && p.code !== 'yaml.date')) continue;

    const own: Problem[] = checkValues(entry);
    const result = COLLECTIONS[entry.collection].schema.safeParse(entry.data, { error: frenchErrors });
    if (!result.success) {
      for (const issue of result.error.issues) own.push(...issueProblems(entry, issue));
    } else {
      const byId = valid.get(entry.collection) ?? new Map<string, Record<string, unknown>>();
      byId.set(entry.id, result.data);
      valid.set(entry.collection, byId);
    }
    problems.push(...withoutEchoes(own, parsed));

    if (COLLECTIONS[entry.collection].format === 'mdx') {
      if (bodyRequired(entry.collection) && entry.body.trim() === '') {
        problems.push({
          path: entry.path,
          line: entry.bodyLine,
          field: '(texte)',
          code: 'body.empty',
          message:
            entry.collection === 'temoignages'
              ? 'citation vide : écrivez les mots du témoignage sous la ligne ---'
              : entry.collection === 'facile'
                ? 'texte vide : écrivez le texte facile à lire sous la ligne ---'
                : 'texte vide : recopiez la proposition sous la ligne ---',
        });
      }
      problems.push(...checkEasyRead(entry));
      // A dossier is real MDX: its body is checked with its references (checkDossier, below).
      if (entry.collection !== 'dossiers')
        for (const p of checkMdxBody(entry.body)) {
          problems.push({ path: entry.path, line: entry.bodyLine + p.line - 1, field: '(texte)', code: 'body.code', message: p.message });
        }
    }
  }

  problems.push(...checkReferences(entries, valid));
  problems.push(...checkFigures(entries, valid));
  return problems;
}

/** Every reference must name an existing entry; every theme must be used by at least one entry. */
function checkReferences(entries: RawEntry[], valid: Map<CollectionName, Map<string, Record<string, unknown>>>): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set(entries.map((e) => `${e.collection}/${e.id}`));
  const exists = (collection: CollectionName, id: string) => ids.has(`${collection}/${id}`);
  const usedThemes = new Set<string>();

  for (const entry of entries) {
    if (entry.collection === 'dossiers') problems.push(...checkDossier(entry, exists));
    const data = valid.get(entry.collection)?.get(entry.id);
    if (!data) continue;
    for (const [field, target] of Object.entries(COLLECTIONS[entry.collection].refs) as [string, CollectionName][]) {
      const [head, sub] = field.split('.') as [string, string | undefined];
      const raw = data[head];
      const list: [PropertyKey[], unknown][] = [];
      if (sub === undefined) {
        if (Array.isArray(raw)) raw.forEach((v, i) => list.push([[head, i], v]));
        else if (raw !== undefined) list.push([[head], raw]);
      } else if (Array.isArray(raw)) {
        raw.forEach((item: Record<string, unknown>, i) => list.push([[head, i, sub], item[sub]]));
      }
      for (const [path, id] of list) {
        if (typeof id !== 'string') continue;
        if (target === 'themes') usedThemes.add(id);
        if (!exists(target, id)) {
          problems.push({
            path: entry.path,
            line: entry.lineOf(path),
            field: path.map(String).join('.'),
            code: 'ref.missing',
            message: `« ${id} » n'existe pas dans content/${target}/ : corrigez l'identifiant ou créez content/${target}/${id}${extensionOf(target)}`,
          });
        }
      }
    }
  }

  for (const entry of entries) {
    const data = valid.get('facile')?.get(entry.id);
    if (entry.collection === 'facile' && data) problems.push(...checkEasyReadTarget(entry, data, exists));
  }

  // A chart needs at least two figures, all in the same unit.
  const members = new Map<string, Record<string, unknown>[]>();
  for (const data of valid.get('chiffres')?.values() ?? []) {
    const serie = data['serie'];
    if (typeof serie !== 'string') continue;
    const list = members.get(serie);
    if (list) list.push(data);
    else members.set(serie, [data]);
  }
  for (const entry of entries) {
    if (entry.collection !== 'series' || !valid.get('series')?.has(entry.id)) continue;
    const list = members.get(entry.id) ?? [];
    const units = new Set(list.map((d) => d['unite']));
    if (list.length < 2)
      problems.push({
        path: entry.path,
        line: 1,
        field: '(série)',
        code: 'serie.incomplete',
        message: `la série « ${entry.id} » n'a que ${list.length} chiffre(s) : un graphique en demande au moins 2 (champ \`serie\` des chiffres)`,
      });
    if (units.size > 1)
      problems.push({
        path: entry.path,
        line: 1,
        field: '(série)',
        code: 'serie.incomplete',
        message: `les chiffres de la série « ${entry.id} » mélangent des unités (${[...units].join(', ')}) : un graphique n'en dessine qu'une`,
      });
  }

  for (const entry of entries) {
    if (entry.collection === 'themes' && valid.get('themes')?.has(entry.id) && !usedThemes.has(entry.id)) {
      problems.push({
        path: entry.path,
        line: 1,
        field: '(thème)',
        code: 'theme.unused',
        message: `le thème « ${entry.id} » n'est utilisé par aucune entrée : rattachez-y des entrées ou supprimez-le`,
      });
    }
  }
  return problems;
}
