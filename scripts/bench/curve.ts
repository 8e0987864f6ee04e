// npm run bench:curve [-- --sizes 0,1000,5000,10000,20000] [--warm-from N] [--report]
// Runs the benchmark at each size (3 runs for the real content and 1 000, 1 above; project and baseline), writes
// bench/results.json after every size, then regenerates bench/curve.svg and BENCHMARKS.md.
// Stops before the larger sizes when one build takes more than 10 minutes; records failures instead of hiding them.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './generate.ts';
import { chart, markdown, writeJson, type Results, type SizeResult } from './report.ts';
import type { BenchResult } from './run.ts';

const RESULTS = join(REPO, 'bench', 'results.json');
/** A single build longer than this stops the curve: larger sizes would take hours. */
const SLOW_BUILD_S = 600;
/** A step still running after this is killed and recorded as a timeout. */
const TIMEOUT_S = 1800;
const MORE_MEMORY = '--max-old-space-size=8192';

const argv = process.argv.slice(2);
/** The value of `--name value` or `--name=value`. */
const option = (name: string): string | undefined =>
  argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1) ?? (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const SIZES = (option('--sizes') ?? '0,1000,5000,10000,20000').split(',').map(Number);
const runsFor = (n: number) => (n <= 1000 ? 3 : 1);
/** From this size on, a build with the quote cards already drawn follows the cold one (run.ts --warm). */
const WARM_FROM = Number(option('--warm-from') ?? Infinity);

function runBench(
  entries: number,
  runs: number,
  nodeOptions?: string,
): Promise<{ result: BenchResult | undefined; code: number | null; wallS: number; stderrTail: string }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const env = { ...process.env };
    if (nodeOptions) env['NODE_OPTIONS'] = `${env['NODE_OPTIONS'] ?? ''} ${nodeOptions}`.trim();
    const child = spawn(
      process.execPath,
      [
        join(REPO, 'scripts/bench/run.ts'),
        ...['--entries', String(entries), '--runs', String(runs), '--baseline', '--timeout', String(TIMEOUT_S)],
        ...(entries >= WARM_FROM ? ['--warm'] : []),
      ],
      { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      process.stdout.write(
        d
          .split('\n')
          .filter((l) => !l.startsWith('{'))
          .join('\n'),
      );
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      process.stderr.write(d);
    });
    child.on('close', (code) => {
      const last = stdout.trim().split('\n').at(-1) ?? '';
      let result: BenchResult | undefined;
      try {
        result = last.startsWith('{') ? (JSON.parse(last) as BenchResult) : undefined;
      } catch {
        result = undefined;
      }
      resolve({ result, code, wallS: (performance.now() - started) / 1000, stderrTail: stderr.trim().split('\n').slice(-5).join(' | ') });
    });
  });
}

const failureOf = (r: BenchResult | undefined): string | undefined => {
  const bad = [...(r?.project.runs ?? []), ...(r?.baseline?.runs ?? [])].find((x) => !x.ok);
  if (!bad) return undefined;
  const oom = /heap out of memory|Allocation failed|ENOMEM/i.test(bad.error ?? '');
  const what = bad.timedOut ? `arrêtée après ${TIMEOUT_S} s` : oom ? 'mémoire épuisée' : 'échec';
  return `${what} (build : code ${bad.buildCode ?? bad.buildSignal}, index : code ${bad.indexCode ?? dashOr()}, pic ${Math.round(bad.peakRssMB)} Mo) — ${(bad.error ?? '').split('\n').slice(-2).join(' ').slice(0, 300)}`;
};
const dashOr = () => '—';

const write = (results: Results) => writeJson(RESULTS, results);

function report(results: Results) {
  mkdirSync(join(REPO, 'bench'), { recursive: true });
  writeFileSync(join(REPO, 'bench', 'curve.svg'), chart(results));
  writeFileSync(join(REPO, 'BENCHMARKS.md'), markdown(results));
  console.log('\nÉcrits : bench/results.json, bench/curve.svg, BENCHMARKS.md');
}

async function main() {
  if (argv.includes('--report')) {
    if (!existsSync(RESULTS)) throw new Error('bench/results.json manque : lancez d’abord npm run bench:curve');
    report(JSON.parse(readFileSync(RESULTS, 'utf8')) as Results);
    return;
  }
  const results: Results = { generated: new Date().toISOString(), command: `npm run bench:curve ${argv.join(' ')}`.trim(), sizes: [] };
  let stopped: string | undefined;
  for (const entries of SIZES) {
    const runs = runsFor(entries);
    if (stopped) {
      results.sizes.push({ entries, runs, status: 'non mesuré', reason: stopped });
      continue;
    }
    console.log(`\n━━ ${entries} témoignages synthétiques, ${runs} passage(s) ━━`);
    let { result, code, wallS, stderrTail } = await runBench(entries, runs);
    let retriedWith: string | undefined;
    const failure = failureOf(result);
    if (failure && /mémoire/.test(failure)) {
      console.log(`\nÉchec par manque de mémoire (${failure}) : nouvel essai avec NODE_OPTIONS=${MORE_MEMORY}`);
      const first = result;
      retriedWith = MORE_MEMORY;
      ({ result, code, wallS, stderrTail } = await runBench(entries, runs, MORE_MEMORY));
      if (!result) result = first;
    }
    const size: SizeResult = {
      entries,
      runs,
      status: result && code === 0 && !failureOf(result) ? 'ok' : 'échec',
      reason: result ? (failureOf(result) ?? (code === 0 ? undefined : `code ${code}`)) : `aucun résultat (code ${code}) : ${stderrTail}`,
      retriedWith,
      wallS: Math.round(wallS),
      result,
    };
    if (retriedWith && size.status === 'ok') size.reason = `réussi au second essai avec NODE_OPTIONS=${retriedWith} (premier essai : ${failure ?? '?'})`;
    results.sizes.push(size);
    await write(results);
    const slowest = Math.max(0, ...(result?.project.runs ?? []).map((r) => r.buildS));
    if (size.status !== 'ok') stopped = `non lancé : la taille ${entries} a échoué (${size.reason ?? '?'})`;
    else if (slowest > SLOW_BUILD_S) stopped = `non lancé : à ${entries}, une seule compilation a pris ${Math.round(slowest)} s (> ${SLOW_BUILD_S} s)`;
  }
  await write(results);
  report(results);
}

await main();
