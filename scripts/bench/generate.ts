/**
 * Synthetic content for the scale benchmark: the real content/ plus N testimonies and, in the same proportions as
 * the real content, figures, proposals and events. Everything is drawn from the real entries with a seeded PRNG:
 * references (themes, sources, articles, proposals), body lengths, and the words themselves (recombined from the
 * real bodies, so that Pagefind indexes a realistic vocabulary). Never written inside the repository.
 */
import { cpSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadContent, type RawEntry } from '../../src/lib/integrity/load.ts';
import { rng, SEED, type Rng } from './prng.ts';
import { PROJECT_FILES } from '../lib/project.ts';

export const REPO = new URL('../../', import.meta.url).pathname.replace(/\/$/, '');

type Data = Record<string, unknown>;
const dataOf = (e: RawEntry): Data => e.data as Data;

export interface Counts {
  temoignages: number;
  chiffres: number;
  propositions: number;
  evenements: number;
}

export interface RealContent {
  byCollection: Map<string, RawEntry[]>;
  counts: Counts & { total: number };
}

export function readReal(contentDir = join(REPO, 'content')): RealContent {
  const { entries } = loadContent(contentDir, REPO);
  const byCollection = new Map<string, RawEntry[]>();
  for (const e of entries) byCollection.set(e.collection, [...(byCollection.get(e.collection) ?? []), e]);
  const n = (c: string) => byCollection.get(c)?.length ?? 0;
  return {
    byCollection,
    counts: { temoignages: n('temoignages'), chiffres: n('chiffres'), propositions: n('propositions'), evenements: n('evenements'), total: entries.length },
  };
}

/** How many synthetic figures, proposals and events go with N synthetic testimonies (real proportions). */
export function syntheticCounts(n: number, real: Counts): Counts {
  const per = (c: number) => Math.round((n * c) / real.temoignages);
  return { temoignages: n, chiffres: per(real.chiffres), propositions: per(real.propositions), evenements: per(real.evenements) };
}

/** Words of real texts, cleaned of anything MDX could read as markup (braces, tags, links, emphasis, headings). */
function wordsOf(texts: readonly string[]): string[] {
  const words: string[] = [];
  for (const t of texts) {
    for (const raw of t.split(/\s+/)) {
      // Sentence punctuation is placed by text() itself; commas stay.
      const w = raw.replace(/[{}<>[\]()*_#`|\\~=^$]/g, '').replace(/[.;:!?…]+$/, '');
      if (w !== '' && !/^[-+:.;,!?…]+$/.test(w) && !/^\d+\.$/.test(w)) words.push(w);
    }
  }
  if (words.length === 0) throw new Error('aucun mot dans les textes réels');
  return words;
}

const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase('fr') + s.slice(1);

/** A text of about `length` characters in `paragraphs` paragraphs, words drawn from `pool`. */
function text(r: Rng, pool: readonly string[], length: number, paragraphs = 1): string {
  const out: string[] = [];
  const per = Math.max(1, Math.round(length / Math.max(1, paragraphs)));
  for (let p = 0; p < Math.max(1, paragraphs); p++) {
    const words: string[] = [];
    let size = 0;
    let sentence = 0;
    let sentenceLength = r.int(8, 22);
    while (size < per) {
      let w = r.pick(pool);
      if (sentence === 0) w = capitalize(w);
      sentence += 1;
      if (sentence >= sentenceLength) {
        w = `${w.replace(/[,;:.!?…]+$/, '')}.`;
        sentence = 0;
        sentenceLength = r.int(8, 22);
      }
      words.push(w);
      size += w.length + 1;
    }
    const last = words.length - 1;
    words[last] = `${words[last]!.replace(/[,;:.!?…]+$/, '')}.`;
    out.push(words.join(' '));
  }
  return out.join('\n\n');
}

/** A title: as many words as a real title, drawn from the words of real titles. */
function title(r: Rng, pool: readonly string[], model: string): string {
  const count = Math.max(2, model.split(/\s+/).length);
  const words = Array.from({ length: count }, () => r.pick(pool));
  return capitalize(words.join(' ').replace(/[.,;:]+$/, ''));
}

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

function idOf(prefix: string, i: number, t: string, taken: Set<string>): string {
  const words = slug(t).split('-').filter(Boolean).slice(0, 3).join('-');
  const id = [prefix, String(i).padStart(5, '0'), words].filter(Boolean).join('-');
  if (taken.has(id)) throw new Error(`identifiant en double : ${id}`);
  taken.add(id);
  return id;
}

// Every string double-quoted: a bare 2024-01-25 must stay a string for every YAML reader.
const yaml = (data: Data) => stringify(data, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
const mdx = (data: Data, body: string) => `---\n${yaml(data)}---\n${body}\n`;

/** Real body lengths and paragraph counts of a collection, to sample from. */
const shapes = (list: readonly RawEntry[]) =>
  list.map((e) => {
    const body = e.body.trim();
    return { length: body.length, paragraphs: body === '' ? 0 : body.split(/\n\s*\n/).length };
  });

const pickFields = (d: Data, keys: readonly string[]): Data => Object.fromEntries(keys.filter((k) => d[k] !== undefined).map((k) => [k, d[k]]));

export interface Generated {
  synthetic: Counts;
  total: number;
  /** Synthetic testimonies (id, frontmatter, body), reused by the baseline. */
  temoignages: { id: string; data: Data; body: string }[];
}

/** Writes content/ under `dir`: the real collections, then the synthetic entries. */
export function writeContent(dir: string, n: number, real: RealContent = readReal(), seed = SEED): Generated {
  const content = join(dir, 'content');
  cpSync(join(REPO, 'content'), content, { recursive: true });
  const counts = syntheticCounts(n, real.counts);
  const list = (c: string) => real.byCollection.get(c) ?? [];
  const T = list('temoignages');
  const C = list('chiffres');
  const P = list('propositions');
  const E = list('evenements');
  const bodyWords = { temoignages: wordsOf(T.map((e) => e.body)), propositions: wordsOf(P.map((e) => e.body)) };
  const figureWords = wordsOf([...C.map((e) => e.body), ...C.map((e) => String(dataOf(e)['mesure']))]);
  const eventWords = wordsOf(E.map((e) => String(dataOf(e)['description'])));
  const titleWords = (l: readonly RawEntry[]) => wordsOf(l.map((e) => String(dataOf(e)['titre'])));
  const titles = { temoignages: titleWords(T), chiffres: titleWords(C), propositions: titleWords(P), evenements: titleWords(E) };
  const shape = { temoignages: shapes(T), chiffres: shapes(C), propositions: shapes(P) };
  const taken = new Set<string>();
  const r = rng(seed);

  // Proposals first: testimonies point to them.
  const propositionIds: string[] = P.map((e) => e.id);
  for (let i = 1; i <= counts.propositions; i++) {
    const model = dataOf(r.pick(P));
    const t = title(r, titles.propositions, String(model['titre']));
    const id = idOf('sp', i, t, taken);
    const s = r.pick(shape.propositions);
    const data: Data = {
      titre: t,
      ...pickFields(model, ['destinataire', 'source', 'emplacement', 'page', 'ordre', 'repondA']),
      themes: dataOf(r.pick(P))['themes'],
      ...pickFields(dataOf(r.pick(P)), ['articles']),
    };
    writeFile(join(content, 'propositions', `${id}.mdx`), mdx(data, text(r, bodyWords.propositions, s.length, s.paragraphs)));
    propositionIds.push(id);
  }

  const temoignages: Generated['temoignages'] = [];
  for (let i = 1; i <= counts.temoignages; i++) {
    const model = dataOf(r.pick(T));
    const t = title(r, titles.temoignages, String(model['titre']));
    const id = idOf('st', i, t, taken);
    const s = r.pick(shape.temoignages);
    const linked = dataOf(r.pick(T))['propositions'];
    const howMany = Array.isArray(linked) ? linked.length : 0;
    const data: Data = {
      titre: t,
      ...pickFields(model, [
        'locuteur',
        'profil',
        'role',
        'source',
        'emplacement',
        'page',
        'autresEmplacements',
        'ordre',
        'annee',
        'publication',
        'consentementDate',
        'anonymise',
        'personnePublique',
      ]),
      themes: dataOf(r.pick(T))['themes'],
      ...pickFields(dataOf(r.pick(T)), ['articles']),
      ...(howMany > 0 ? { propositions: [...new Set(Array.from({ length: howMany }, () => r.pick(propositionIds)))] } : {}),
    };
    const body = text(r, bodyWords.temoignages, s.length, s.paragraphs);
    writeFile(join(content, 'temoignages', `${id}.mdx`), mdx(data, body));
    temoignages.push({ id, data, body });
  }

  for (let i = 1; i <= counts.chiffres; i++) {
    const model = dataOf(r.pick(C));
    const t = title(r, titles.chiffres, String(model['titre']));
    const id = idOf('sc', i, t, taken);
    const s = r.pick(shape.chiffres);
    // Not in a chart (series are the real ones; a chart of thousands of bars is another question), never a key figure.
    const data: Data = {
      titre: t,
      ...pickFields(model, [
        'valeur',
        'unite',
        'nature',
        'uniteLibelle',
        'mesure',
        'population',
        'anneeDonnees',
        'anneePublication',
        'edition',
        'barometre',
        'editionDeduite',
        'editeur',
        'source',
        'emplacement',
        'page',
        'phrase',
        'ordre',
      ]),
      themes: dataOf(r.pick(C))['themes'],
    };
    writeFile(join(content, 'chiffres', `${id}.mdx`), mdx(data, s.length === 0 ? '' : text(r, figureWords, s.length, s.paragraphs)));
  }

  for (let i = 1; i <= counts.evenements; i++) {
    const model = dataOf(r.pick(E));
    const t = title(r, titles.evenements, String(model['titre']));
    const id = idOf('se', i, t, taken);
    const data: Data = {
      ...pickFields(model, ['date', 'dateLibelle']),
      titre: t,
      description: text(r, eventWords, String(model['description']).length),
      ...pickFields(model, ['sources', 'articles']),
      themes: dataOf(r.pick(E))['themes'],
    };
    writeFile(join(content, 'evenements', `${id}.yaml`), yaml(data));
  }

  const synthetic = counts.temoignages + counts.chiffres + counts.propositions + counts.evenements;
  return { synthetic: counts, total: real.counts.total + synthetic, temoignages };
}

function writeFile(path: string, text: string) {
  writeFileSync(path, text);
}

/**
 * node_modules/ of a temporary project: one symlink per package of the repository's node_modules/, but real folders
 * for the caches (.astro, .vite), so that a benchmark build never writes into the repository.
 */
export function linkNodeModules(dir: string) {
  const target = join(dir, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(join(REPO, 'node_modules'))) {
    if (name.startsWith('.') && name !== '.bin' && name !== '.package-lock.json') continue;
    symlinkSync(join(REPO, 'node_modules', name), join(target, name));
  }
}

/** A copy of what `npm run build` needs, with the synthetic content/. */
export function writeProject(dir: string, n: number, real: RealContent = readReal(), seed = SEED): Generated {
  mkdirSync(join(dir, 'scripts'), { recursive: true });
  for (const f of PROJECT_FILES) cpSync(join(REPO, f), join(dir, f));
  for (const f of ['src', 'public']) cpSync(join(REPO, f), join(dir, f), { recursive: true });
  for (const f of ['index-search.ts', 'check-content.ts']) cpSync(join(REPO, 'scripts', f), join(dir, 'scripts', f));
  // index-search.ts imports scripts/lib/dist.ts.
  cpSync(join(REPO, 'scripts', 'lib'), join(dir, 'scripts', 'lib'), { recursive: true });
  linkNodeModules(dir);
  return writeContent(dir, n, real, seed);
}
