import type { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../collections.ts';
import { SLUG_PATTERN } from '../../schemas/common.ts';
import type { RawEntry, StrayFile } from './load.ts';
import { checkMdxBody } from './mdx-safety.ts';
import { frenchErrors } from './messages.ts';

/** One problem, printed as `path:line champ: message`. */
export interface Problem {
  path: string;
  line: number;
  field: string;
  message: string;
}

export const formatProblem = (p: Problem): string => `${p.path}:${p.line} ${p.field}: ${p.message}`;

const get = (data: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);

const fieldName = (path: readonly PropertyKey[]): string => (path.length === 0 ? '(en-tête)' : path.map(String).join('.'));

/** Turns one zod issue into French problems (an unknown-key issue gives one problem per key). */
function issueProblems(entry: RawEntry, issue: z.core.$ZodIssue): Problem[] {
  const at = (path: readonly PropertyKey[], message: string): Problem => ({
    path: entry.path,
    line: entry.lineOf(path),
    field: fieldName(path),
    message,
  });
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) =>
      at([...issue.path, key], `champ inconnu : « ${key} » n'existe pas pour ${entry.collection} (faute de frappe ? voir src/schemas/)`),
    );
  }
  if (issue.code === 'invalid_type' && get(entry.data, issue.path) === undefined) {
    return [at(issue.path, `champ obligatoire manquant — ${issue.message}`)];
  }
  return [at(issue.path, issue.message)];
}

/** Validates every entry and every cross-reference; returns all problems at once (never stops at the first). */
export function checkContent(entries: RawEntry[], strays: StrayFile[] = []): Problem[] {
  const problems: Problem[] = [];
  const valid = new Map<CollectionName, Map<string, Record<string, unknown>>>();
  const seen = new Map<string, RawEntry>();

  for (const stray of strays) {
    const ext = COLLECTIONS[stray.collection].format === 'mdx' ? '.mdx' : '.yaml';
    problems.push({
      path: stray.path,
      line: 1,
      field: '(fichier)',
      message: `ce fichier ne serait pas publié : dans content/${stray.collection}/ seuls les fichiers ${ext} sont lus`,
    });
  }

  for (const entry of entries) {
    const slugProblem = (message: string) => problems.push({ path: entry.path, line: 1, field: '(nom du fichier)', message });
    if (!SLUG_PATTERN.test(entry.id)) {
      slugProblem(`« ${entry.id} » n'est pas un identifiant valable : minuscules sans accents, chiffres et tirets seulement (ex. jamila-commune.mdx)`);
    }
    const key = `${entry.collection}/${entry.id.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()}`;
    const twin = seen.get(key);
    if (twin) slugProblem(`identifiant en double : ${twin.path} donne déjà l'adresse /${entry.collection}/${entry.id}/ — renommez l'un des deux`);
    else seen.set(key, entry);

    for (const e of entry.parseErrors) problems.push({ path: entry.path, line: e.line, field: '(en-tête)', message: e.message });
    if (entry.parseErrors.length > 0) continue;

    const result = COLLECTIONS[entry.collection].schema.safeParse(entry.data, { error: frenchErrors });
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(...issueProblems(entry, issue));
    } else {
      const byId = valid.get(entry.collection) ?? new Map<string, Record<string, unknown>>();
      byId.set(entry.id, result.data);
      valid.set(entry.collection, byId);
    }

    if (COLLECTIONS[entry.collection].format === 'mdx') {
      const needsBody = entry.collection === 'temoignages' || entry.collection === 'propositions';
      if (needsBody && entry.body.trim() === '') {
        problems.push({
          path: entry.path,
          line: entry.bodyLine,
          field: '(texte)',
          message:
            entry.collection === 'temoignages'
              ? 'citation vide : écrivez les mots du témoignage sous la ligne ---'
              : 'texte vide : recopiez la proposition sous la ligne ---',
        });
      }
      for (const p of checkMdxBody(entry.body)) {
        problems.push({ path: entry.path, line: entry.bodyLine + p.line - 1, field: '(texte)', message: p.message });
      }
    }
  }

  problems.push(...checkReferences(entries, valid));
  return problems;
}

/** Every reference must name an existing entry; every theme must be used by at least one entry. */
function checkReferences(entries: RawEntry[], valid: Map<CollectionName, Map<string, Record<string, unknown>>>): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set(entries.map((e) => `${e.collection}/${e.id}`));
  const exists = (collection: CollectionName, id: string) => ids.has(`${collection}/${id}`);
  const usedThemes = new Set<string>();

  for (const entry of entries) {
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
            message: `« ${id} » n'existe pas dans content/${target}/ : corrigez l'identifiant ou créez content/${target}/${id}.${COLLECTIONS[target].format}`,
          });
        }
      }
    }
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
        message: `la série « ${entry.id} » n'a que ${list.length} chiffre(s) : un graphique en demande au moins 2 (champ \`serie\` des chiffres)`,
      });
    if (units.size > 1)
      problems.push({
        path: entry.path,
        line: 1,
        field: '(série)',
        message: `les chiffres de la série « ${entry.id} » mélangent des unités (${[...units].join(', ')}) : un graphique n'en dessine qu'une`,
      });
  }

  for (const entry of entries) {
    if (entry.collection === 'themes' && valid.get('themes')?.has(entry.id) && !usedThemes.has(entry.id)) {
      problems.push({
        path: entry.path,
        line: 1,
        field: '(thème)',
        message: `le thème « ${entry.id} » n'est utilisé par aucune entrée : rattachez-y des entrées ou supprimez-le`,
      });
    }
  }
  return problems;
}
