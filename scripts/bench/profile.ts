// npm run bench:profile -- [N …]   (default: 1000 5000 20000)
// Times, outside Astro, the pure functions of src/lib/ that every build runs, on the same synthetic content as the
// benchmark, and estimates how each grows with the content (exponent k in time ∝ entries^k: 1 is linear, 2 quadratic).
// The per-page work is reproduced the way the pages call it (one call per page), see the comments.
// Writes bench/profile.json (read by BENCHMARKS.md).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { facetGroups, listPages, type FacetDimension } from '../../src/lib/facets.ts';
import { buildGraph, type Node } from '../../src/lib/graph.ts';
import { toNodes, type NodeInput } from '../../src/lib/nodes.ts';
import { checkContent } from '../../src/lib/integrity/check.ts';
import { loadContent, type RawEntry } from '../../src/lib/integrity/load.ts';
import { COLLECTIONS } from '../../src/lib/collections.ts';
import { readReal, REPO, writeContent } from './generate.ts';
import { writeJson } from './report.ts';

type Data = Record<string, unknown> & { themes: string[]; source?: string; sources?: string[]; articles?: string[]; ordre?: number };
interface Entry {
  collection: string;
  id: string;
  data: Data;
}

const sizes = process.argv.slice(2).map(Number).filter(Number.isFinite);
const SIZES = sizes.length > 0 ? sizes : [1000, 5000, 20000];

const time = <T>(f: () => T): { ms: number; value: T } => {
  const t0 = performance.now();
  const value = f();
  return { ms: performance.now() - t0, value };
};

interface Row {
  name: string;
  where: string;
  ms: number;
  calls: number;
}

function profile(raw: RawEntry[]): { entries: number; rows: Row[] } {
  const rows: Row[] = [];
  // Best of two: the machine may be shared, and the first call also pays for the JIT.
  const add = (name: string, where: string, calls: number, f: () => unknown) => {
    rows.push({ name, where, calls, ms: Math.round(Math.min(time(f).ms, time(f).ms) * 10) / 10 });
  };

  add('checkContent (tout le contrôle)', 'src/lib/integrity/check.ts, appelé par astro:build:start', 1, () => checkContent(raw));
  const parsed: Entry[] = raw.map((e) => ({
    collection: e.collection,
    id: e.id,
    data: COLLECTIONS[e.collection].schema.parse(e.data) as unknown as Data,
  }));
  add('… dont validation zod seule', 'src/schemas/*.ts', raw.length, () => raw.map((e) => COLLECTIONS[e.collection].schema.safeParse(e.data)));
  const of = (c: string) => parsed.filter((e) => e.collection === c);
  const temoignages = of('temoignages');
  const propositions = of('propositions');
  const chiffres = of('chiffres');
  const sourceIds = of('sources').map((s) => s.id);

  const nodes = toNodes({
    temoignages: of('temoignages'),
    chiffres: of('chiffres'),
    propositions: of('propositions'),
    articles: of('articles'),
    evenements: of('evenements'),
  } as unknown as NodeInput);
  const graph = time(() => buildGraph(nodes, sourceIds));
  rows.push({ name: 'buildGraph', where: 'src/lib/graph.ts (une fois par build, getSite)', calls: 1, ms: Math.round(graph.ms * 10) / 10 });
  const entryNodes = nodes;
  add('graph.related(n) pour chaque page d’entrée', 'src/lib/graph.ts related(), via EntryLayout.astro', entryNodes.length, () => {
    for (const n of entryNodes) graph.value.related(n);
  });
  add('graph.prevNext(n) pour chaque page d’entrée', 'src/lib/graph.ts prevNext()', entryNodes.length, () => {
    for (const n of entryNodes) graph.value.prevNext(n);
  });

  const themeDim = <T extends Entry>(): FacetDimension<T> => ({ name: 'theme', label: 'Thème', values: (e) => e.data.themes, labelOf: (v) => v });
  const valueDim = <T extends Entry>(name: string, field: string): FacetDimension<T> => ({
    name,
    label: name,
    values: (e) => [String(e.data[field])],
    labelOf: (v) => v,
  });
  const dims = {
    temoignages: [themeDim<Entry>(), valueDim<Entry>('profil', 'profil'), valueDim<Entry>('source', 'source')],
    chiffres: [themeDim<Entry>(), valueDim<Entry>('annee', 'anneeDonnees'), valueDim<Entry>('source', 'source')],
    propositions: [themeDim<Entry>(), valueDim<Entry>('destinataire', 'destinataire'), valueDim<Entry>('source', 'source')],
  };
  const lists = { temoignages, chiffres, propositions };
  const kinds = ['temoignages', 'chiffres', 'propositions'] as const;
  const listPageCount = kinds.reduce((n, k) => n + listPages(lists[k], dims[k]).length, 0);
  add('listPages (getStaticPaths des trois listes)', 'src/lib/facets.ts listPages/facetPages', 3, () => {
    for (const k of kinds) listPages(lists[k], dims[k]);
  });
  add('facetGroups(toute la collection) à chaque page de liste', 'src/components/CollectionList.astro → facets.ts facetGroups', listPageCount, () => {
    for (const k of kinds) {
      const pages = listPages(lists[k], dims[k]).length;
      for (let i = 0; i < pages; i++) facetGroups(`/${k}/`, lists[k], dims[k]);
    }
  });
  add(
    'témoignages qui citent chaque proposition (index construit une fois, une lecture par page de proposition)',
    'src/lib/site.ts temoignagesFor, via src/pages/propositions/[id].astro',
    propositions.length,
    () => {
      const byProposition = new Map<string, number>();
      for (const t of temoignages)
        for (const p of (t.data['propositions'] as string[] | undefined) ?? []) byProposition.set(p, (byProposition.get(p) ?? 0) + 1);
      let found = 0;
      for (const p of propositions) found += byProposition.get(p.id) ?? 0;
      return found;
    },
  );
  // Cards a whole bucket would put on one page: /sources/[id]/ is now cut into pages of 60, /ordonnance/[id]/ shows 12 per kind.
  const cards = (m: Map<string, Node[]>) => [...m.values()].reduce((n, l) => n + l.length, 0);
  const maxCards = (m: Map<string, Node[]>) => Math.max(...[...m.values()].map((l) => l.length));
  rows.push(
    {
      name: `cartes sur /sources/[id]/ (toutes ; la plus grande page : ${maxCards(graph.value.bySource)})`,
      where: 'src/pages/sources/[id].astro',
      calls: cards(graph.value.bySource),
      ms: 0,
    },
    {
      name: `cartes sur /ordonnance/[id]/ (toutes ; la plus grande page : ${maxCards(graph.value.byArticle)})`,
      where: 'src/pages/ordonnance/[id].astro',
      calls: cards(graph.value.byArticle),
      ms: 0,
    },
  );
  return { entries: raw.length, rows };
}

const real = readReal();
const out: { entries: number; synthetic: number; rows: Row[] }[] = [];
for (const n of SIZES) {
  const dir = mkdtempSync(join(tmpdir(), `humain-profile-${n}-`));
  try {
    writeContent(dir, n, real);
    const { entries } = loadContent(join(dir, 'content'), dir);
    const p = profile(entries);
    out.push({ entries: p.entries, synthetic: n, rows: p.rows });
    console.log(`\n${n} témoignages synthétiques (${p.entries} entrées)`);
    for (const r of p.rows) console.log(`  ${String(r.ms).padStart(9)} ms  ×${String(r.calls).padStart(6)}  ${r.name}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (out.length >= 2) {
  const a = out[0]!;
  const b = out.at(-1)!;
  console.log(`\nCroissance entre ${a.entries} et ${b.entries} entrées (k : temps ∝ entrées^k ; 1 = linéaire, 2 = quadratique)`);
  for (const r of a.rows) {
    const s = b.rows.find((x) => x.name === r.name || x.where === r.where);
    if (!s || r.ms < 0.5) continue;
    const k = Math.log(s.ms / r.ms) / Math.log(b.entries / a.entries);
    console.log(`  k = ${k.toFixed(2)}  ${r.ms} → ${s.ms} ms  ${r.name}`);
  }
}
await writeJson(join(REPO, 'bench', 'profile.json'), { generated: new Date().toISOString(), sizes: out });
