// npm run bench -- --entries N [--runs R] [--baseline] [--keep] [--query mot]
// Builds the project with the real content plus N synthetic testimonies (and figures, proposals, events in the real
// proportions) in a temporary folder outside the repository, with the same pipeline as `npm run build`
// (astro build, then scripts/index-search.ts), and measures it. Prints the figures; the last line of stdout is JSON.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseAstroLog, type AstroProfile } from './astro-log.ts';
import { writeBaseline } from './baseline.ts';
import { firstQuery, type FirstQuery } from '../lib/first-query.ts';
import { readReal, writeProject, type Counts } from './generate.ts';
import { measure, type Measured } from './measure.ts';
import { SEED } from './prng.ts';

const MB = 1024 * 1024;

interface Args {
  entries: number;
  runs: number;
  baseline: boolean;
  keep: boolean;
  /** After the cold runs, one more build that keeps the quote card cache (node_modules/.cache/quote-cards). */
  warm: boolean;
  query: string;
  seed: number;
  /** Kill a build or an index step after this many seconds (none by default). */
  timeoutS: number | undefined;
}

function parseArgs(argv: readonly string[]): Args {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    const inline = argv.find((a) => a.startsWith(`${name}=`));
    return inline ? inline.slice(name.length + 1) : i >= 0 ? argv[i + 1] : undefined;
  };
  const entries = Number(value('--entries'));
  if (!Number.isInteger(entries) || entries < 0) {
    console.error('usage : npm run bench -- --entries N [--runs R] [--warm] [--baseline] [--keep] [--query mot] [--seed S] [--timeout secondes]');
    process.exit(2);
  }
  return {
    entries,
    runs: Math.max(1, Number(value('--runs') ?? 1)),
    baseline: argv.includes('--baseline'),
    keep: argv.includes('--keep'),
    warm: argv.includes('--warm'),
    query: value('--query') ?? 'guichet',
    seed: Number(value('--seed') ?? SEED),
    timeoutS: value('--timeout') === undefined ? undefined : Number(value('--timeout')),
  };
}

export interface RunFigures {
  ok: boolean;
  /** « froid » : every cache removed; « chaud » : the quote cards' cache kept from the previous run (--warm). */
  cards?: 'froid' | 'chaud' | undefined;
  /** A step was killed after --timeout seconds. */
  timedOut: boolean;
  buildCode: number | null;
  indexCode: number | null;
  buildSignal: string | null;
  buildS: number;
  indexS: number;
  totalS: number;
  buildCpuS: number;
  indexCpuS: number;
  /** Peak resident memory of the process tree, MB: max of the build's and the index's. */
  peakRssMB: number;
  buildPeakMB: number;
  indexPeakMB: number;
  pages: number;
  distMB: number;
  pagefindMB: number;
  /** Pages Pagefind read (its page_count: every HTML file, indexed or not). */
  indexedPages: number | null;
  /** The heaviest HTML pages (path, KB): pages whose size grows with the content. */
  largest: { path: string; KB: number }[];
  profile?: AstroProfile | undefined;
  /** Last lines of output when a step failed. */
  error?: string | undefined;
}

function walk(dir: string, visit: (path: string, size: number) => void) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, name.name);
    if (name.isDirectory()) walk(p, visit);
    else if (name.isFile()) visit(p, statSync(p).size);
  }
}

function distFigures(dist: string) {
  let bytes = 0;
  let pages = 0;
  let pagefind = 0;
  const html: { path: string; KB: number }[] = [];
  walk(dist, (p, size) => {
    bytes += size;
    if (p.endsWith('.html')) {
      pages += 1;
      html.push({ path: p.slice(dist.length).replace(/index\.html$/, ''), KB: round(size / 1024, 1) });
    }
  });
  walk(join(dist, 'pagefind'), (_, size) => {
    pagefind += size;
  });
  const largest = html.sort((a, b) => b.KB - a.KB).slice(0, 8);
  return { pages, distMB: bytes / MB, pagefindMB: pagefind / MB, largest };
}

const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
const tail = (m: Measured, n = 25) =>
  m.lines
    .slice(-n)
    .map((l) => l.text)
    .join('\n');

/** A clean environment: telemetry off, a fixed content date (no git call), the output inside the temporary project, a public address. */
function envFor(): NodeJS.ProcessEnv {
  // The build refuses to run without the site's public address (src/integrations/public-address.ts): any address will do here.
  const env: NodeJS.ProcessEnv = { SITE_URL: 'https://exemple.org', ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SOURCE_DATE_EPOCH: '1767225600' };
  delete env['ASTRO_OUT_DIR'];
  return env;
}

/** Where the build caches its quote cards (src/lib/quote-card/render.ts): a real folder of the temporary project. */
const CARD_CACHE = 'node_modules/.cache/quote-cards';

/** One build + index of the project at `dir`, caches removed first; `warm` keeps the quote cards already drawn. */
async function buildOnce(dir: string, label: string, timeoutS: number | undefined, warm = false): Promise<RunFigures> {
  for (const p of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite', ...(warm ? [] : [CARD_CACHE])])
    rmSync(join(dir, p), { recursive: true, force: true });
  const env = envFor();
  const node = process.execPath;
  const echo = process.env['BENCH_ECHO'] === '1';
  process.stderr.write(`  ${label} : astro build…`);
  const timeoutMs = timeoutS === undefined ? undefined : timeoutS * 1000;
  const build = await measure(node, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: dir, env, echo, timeoutMs });
  process.stderr.write(` ${round(build.wallMs / 1000, 1)} s (code ${build.code ?? build.signal})`);
  const base = {
    cards: warm ? ('chaud' as const) : ('froid' as const),
    timedOut: build.timedOut,
    buildCode: build.code,
    buildSignal: build.signal,
    buildS: build.wallMs / 1000,
    buildCpuS: build.cpuMs / 1000,
    buildPeakMB: build.peakRss / MB,
    profile: parseAstroLog(build.lines, build.wallMs),
  };
  if (build.code !== 0) {
    process.stderr.write('\n');
    return {
      ...base,
      ok: false,
      indexCode: null,
      indexS: 0,
      totalS: base.buildS,
      indexCpuS: 0,
      peakRssMB: base.buildPeakMB,
      indexPeakMB: 0,
      ...distFigures(join(dir, 'dist')),
      indexedPages: null,
      error: tail(build),
    };
  }
  process.stderr.write(', index…');
  const index = await measure(node, ['scripts/index-search.ts', 'dist'], { cwd: dir, env, echo, timeoutMs });
  process.stderr.write(` ${round(index.wallMs / 1000, 1)} s (code ${index.code ?? index.signal})\n`);
  const indexed = index.lines.map((l) => /(\d+) pages indexées/.exec(l.text)).find((m) => m !== null);
  return {
    ...base,
    timedOut: index.timedOut,
    ok: index.code === 0,
    indexCode: index.code,
    indexS: index.wallMs / 1000,
    totalS: (build.wallMs + index.wallMs) / 1000,
    indexCpuS: index.cpuMs / 1000,
    indexPeakMB: index.peakRss / MB,
    peakRssMB: Math.max(build.peakRss, index.peakRss) / MB,
    ...distFigures(join(dir, 'dist')),
    indexedPages: indexed ? Number(indexed[1]) : null,
    error: index.code === 0 ? undefined : tail(index),
  };
}

const NUMERIC = [
  'buildS',
  'indexS',
  'totalS',
  'buildCpuS',
  'indexCpuS',
  'peakRssMB',
  'buildPeakMB',
  'indexPeakMB',
  'pages',
  'distMB',
  'pagefindMB',
] as const satisfies readonly (keyof RunFigures)[];
export type Median = Record<(typeof NUMERIC)[number], number>;

/** Median of each figure over the successful runs (each figure on its own). */
export function median(runs: readonly RunFigures[]): Median | null {
  const ok = runs.filter((r) => r.ok);
  if (ok.length === 0) return null;
  const med = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = Math.floor(s.length / 2);
    return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
  };
  return Object.fromEntries(NUMERIC.map((k) => [k, round(med(ok.map((r) => r[k])), 3)])) as Median;
}

export interface BenchResult {
  entries: number;
  seed: number;
  runs: number;
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGB: number; node: string; loadavgStart: number[]; loadavgEnd: number[] };
  nodeOptions: string | null;
  content: { synthetic: Counts; total: number; real: Counts & { total: number } };
  /** The content check always passed: the benchmark stops before building otherwise. */
  check: { ms: number; ok: boolean; summary: string };
  generateMs: number;
  project: {
    runs: RunFigures[];
    median: Median | null;
    /** --warm: the build after the cold runs, with the quote cards read from their cache. */
    warm?: RunFigures | undefined;
    firstQuery: FirstQuery | null;
    firstQueryError?: string | undefined;
  };
  baseline?: { testimonies: number; runs: RunFigures[]; median: Median | null } | undefined;
  /** Project total time / baseline total time (medians). */
  overhead: number | null;
  /** Median total time divided by the number of entries in content/, ms. */
  msPerEntry: number | null;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const loadStart = loadavg().map((x) => round(x));
  const root = mkdtempSync(join(tmpdir(), `humain-bench-${args.entries}-`));
  const dir = join(root, 'projet');
  process.stderr.write(`Banc d'essai : ${args.entries} témoignages synthétiques, ${args.runs} passage(s), dans ${root}\n`);
  try {
    const t0 = performance.now();
    const real = readReal();
    const generated = writeProject(dir, args.entries, real, args.seed);
    const generateMs = performance.now() - t0;
    process.stderr.write(
      `  contenu : ${generated.total} entrées (${JSON.stringify(generated.synthetic)} synthétiques) écrites en ${Math.round(generateMs)} ms\n`,
    );

    const check = await measure(process.execPath, ['scripts/check-content.ts', `--dir=${join(dir, 'content')}`], { cwd: dir, env: envFor() });
    const summary = check.lines.map((l) => l.text).find((t) => t.startsWith('Contenu vérifié') || /problème/.test(t)) ?? tail(check, 5);
    process.stderr.write(`  check:content : ${summary}\n`);
    if (check.code !== 0) {
      console.error(tail(check, 40));
      throw new Error('le contenu synthétique ne passe pas le contrôle : le banc ne mesurerait pas une vraie compilation');
    }

    const runs: RunFigures[] = [];
    for (let i = 1; i <= args.runs; i++) {
      runs.push(await buildOnce(dir, `projet, passage ${i}/${args.runs}`, args.timeoutS));
      if (!runs.at(-1)!.ok) break; // a build that dies (memory, timeout) would die again: record it once
    }
    let warm: RunFigures | undefined;
    if (args.warm && runs.at(-1)?.ok) warm = await buildOnce(dir, 'projet, cartes de citation en cache', args.timeoutS, true);
    let fq: FirstQuery | null = null;
    let fqError: string | undefined;
    if (runs.at(-1)?.ok) {
      try {
        process.stderr.write(`  première requête « ${args.query} » dans Chromium…\n`);
        fq = await firstQuery(join(dir, 'dist'), args.query);
      } catch (e) {
        fqError = e instanceof Error ? e.message : String(e);
      }
    }
    const med = median(runs);

    let baseline: BenchResult['baseline'];
    if (args.baseline) {
      const bdir = join(root, 'baseline');
      const testimonies = writeBaseline(bdir, join(dir, 'content'));
      const bruns: RunFigures[] = [];
      for (let i = 1; i <= args.runs; i++) {
        bruns.push(await buildOnce(bdir, `référence, passage ${i}/${args.runs}`, args.timeoutS));
        if (!bruns.at(-1)!.ok) break;
      }
      for (const r of bruns) {
        delete r.profile;
        r.largest = [];
      }
      baseline = { testimonies, runs: bruns, median: median(bruns) };
    }

    const result: BenchResult = {
      entries: args.entries,
      seed: args.seed,
      runs: args.runs,
      date: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? '?',
        memoryGB: round(totalmem() / 1024 ** 3, 1),
        node: process.version,
        loadavgStart: loadStart,
        loadavgEnd: loadavg().map((x) => round(x)),
      },
      nodeOptions: process.env['NODE_OPTIONS'] ?? null,
      content: { synthetic: generated.synthetic, total: generated.total, real: real.counts },
      check: { ms: Math.round(check.wallMs), ok: true, summary },
      generateMs: Math.round(generateMs),
      project: { runs, median: med, warm, firstQuery: fq, firstQueryError: fqError },
      baseline,
      overhead: med && baseline?.median ? round(med.totalS / baseline.median.totalS) : null,
      msPerEntry: med ? round((med.totalS * 1000) / generated.total) : null,
    };
    print(result);
    console.log(JSON.stringify(result));
    process.exitCode = runs.every((r) => r.ok) && (warm?.ok ?? true) && (baseline?.runs.every((r) => r.ok) ?? true) ? 0 : 1;
  } finally {
    if (args.keep) process.stderr.write(`  dossier gardé : ${root}\n`);
    else rmSync(root, { recursive: true, force: true });
  }
}

function print(r: BenchResult) {
  const m = r.project.median;
  const out: string[] = [];
  out.push(`\n== ${r.entries} témoignages synthétiques : ${r.content.total} entrées dans content/ (${JSON.stringify(r.content.synthetic)} synthétiques)`);
  out.push(`   contrôle du contenu : ${r.check.ms} ms — ${r.check.summary}`);
  r.project.runs.forEach((x, i) => {
    out.push(
      `   passage ${i + 1} : ${x.ok ? 'ok' : `ÉCHEC (build ${x.buildCode ?? x.buildSignal}, index ${x.indexCode}${x.timedOut ? ', arrêté après --timeout' : ''})`} — build ${round(x.buildS, 1)} s, index ${round(x.indexS, 1)} s, total ${round(x.totalS, 1)} s, CPU ${round(x.buildCpuS + x.indexCpuS, 1)} s, pic ${Math.round(x.peakRssMB)} Mo`,
    );
    if (!x.ok && x.error) out.push(x.error.replace(/^/gm, '     │ '));
  });
  const w = r.project.warm;
  if (w)
    out.push(
      `   cartes en cache : ${w.ok ? 'ok' : 'ÉCHEC'} — build ${round(w.buildS, 1)} s, index ${round(w.indexS, 1)} s, total ${round(w.totalS, 1)} s, CPU ${round(w.buildCpuS + w.indexCpuS, 1)} s, pic ${Math.round(w.peakRssMB)} Mo`,
    );
  if (m) {
    out.push(`   médiane : build ${m.buildS} s · index ${m.indexS} s · total ${m.totalS} s · ${r.msPerEntry} ms par entrée`);
    out.push(`   mémoire : pic ${Math.round(m.peakRssMB)} Mo (build ${Math.round(m.buildPeakMB)} Mo, index ${Math.round(m.indexPeakMB)} Mo)`);
    out.push(`   sortie : ${m.pages} pages HTML · dist ${round(m.distMB, 1)} Mo · pagefind ${round(m.pagefindMB, 1)} Mo`);
  }
  const fq = r.project.firstQuery;
  if (fq) {
    const kinds = Object.entries(fq.byKind)
      .map(([k, v]) => `${k} ${round(v / 1024, 1)}`)
      .join(', ');
    out.push(`   première requête « ${fq.query} » : ${round(fq.bytes / 1024, 1)} Ko en ${fq.files} fichiers (${kinds} Ko) — ${fq.results}`);
  } else if (r.project.firstQueryError) out.push(`   première requête : non mesurée (${r.project.firstQueryError})`);
  const phases = r.project.runs.at(-1)?.profile?.phases;
  if (phases) out.push(`   phases d'astro build : ${phases.map((p) => `${p.name} ${round(p.ms / 1000, 1)} s`).join(' · ')}`);
  const largest = r.project.runs.at(-1)?.largest.slice(0, 5);
  if (largest) out.push(`   pages les plus lourdes : ${largest.map((x) => `${x.path} ${x.KB} Ko`).join(' · ')}`);
  const routes = r.project.runs.at(-1)?.profile?.routes.slice(0, 8);
  const cardsRoute = (x: RunFigures | undefined) => x?.profile?.routes.find((c) => c.route.startsWith('partage/'));
  const [coldCards, warmCards] = [cardsRoute(r.project.runs.at(-1)), cardsRoute(r.project.warm)];
  if (coldCards)
    out.push(
      `   cartes de citation (${coldCards.pages} images, somme des « +N ms ») : ${round(coldCards.ms / 1000, 1)} s à froid${warmCards ? `, ${round(warmCards.ms / 1000, 1)} s en cache` : ''}`,
    );
  if (routes) out.push(`   routes les plus coûteuses : ${routes.map((x) => `${x.route} ${x.pages} p. ${round(x.ms / 1000, 1)} s`).join(' · ')}`);
  if (r.baseline?.median) {
    const b = r.baseline.median;
    out.push(
      `   référence (${r.baseline.testimonies} témoignages en Markdown, 1 route) : build ${b.buildS} s · index ${b.indexS} s · total ${b.totalS} s · pic ${Math.round(b.peakRssMB)} Mo · ${b.pages} pages → surcoût ×${r.overhead}`,
    );
  } else if (r.baseline) out.push(`   référence : ÉCHEC ${r.baseline.runs.map((x) => x.error ?? '').join(' | ')}`);
  out.push(
    `   machine : ${r.machine.cpus} cœurs, ${r.machine.memoryGB} Go, Node ${r.machine.node}, charge ${r.machine.loadavgStart.join('/')} → ${r.machine.loadavgEnd.join('/')}`,
  );
  console.log(out.join('\n'));
}

await main();
