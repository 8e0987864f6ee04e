// Runs every check and ends with one line « N passed, N failed » summed over all suites.
// A non-vitest step (lint, types, content, provenance, build) counts as one check; a skipped or todo test counts as failed.
//
// Two lanes run side by side, because most steps use one core and the machines have two:
//   lane 1: build, then the checks of the built site
//   lane 2: content → provenance → unit → (once built) types → lint → site suite (dist/, other builds, servers), then
//           the checks of the built site that lane 1 has not started
// The checks of the built site (axe and reflow on every page, the other browser tests, Lighthouse with CI=true or
// LIGHTHOUSE=1) are one queue, longest first, that both lanes take from when free: the lanes end together.
// astro build and astro check write .astro/, which lint reads and the site suite's own builds rewrite: the site suite
// waits for lint.
// A step's output is printed in one block when it ends, except axe's, which is shown as it runs.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { countTests, type VitestReport } from './lib/vitest-report.ts';

process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
// Node keeps the compiled code of the modules it loads (the scripts' TypeScript too): the many processes a run starts
// (builds, `npm run nouveau`, vitest workers) compile each module once. About 0.3 CPU-s saved per script started.
process.env['NODE_COMPILE_CACHE'] ??= resolve('node_modules/.cache/node-compile');
// The site is built and tested as an association would publish it, with its own public address; the subfolder
// (BASE_PATH) build is tested by tests/site/base-path.test.ts.
process.env['SITE_URL'] ??= 'https://exemple.org';
let passed = 0;
let failed = 0;
const started = performance.now();
/** CPU time of the whole machine so far (all processes, every core), in ms: whether a run is bound by the processors. */
const busyMs = (): number => cpus().reduce((sum, c) => sum + c.times.user + c.times.nice + c.times.sys + c.times.irq, 0);
const busyAtStart = busyMs();

/** Runs a command; its output is printed in one block when it ends (or as it comes with `live`). */
function run(label: string, command: string, args: string[], { live = false } = {}): Promise<boolean> {
  const t0 = performance.now();
  if (live) console.log(`\n▶ ${label}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: process.env, stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (status) => {
      const ok = status === 0;
      if (!live) process.stdout.write(`\n▶ ${label}\n${Buffer.concat(output).toString()}`);
      console.log(`${ok ? '✔' : '✘'} ${label} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
      resolve(ok);
    });
  });
}

async function step(label: string, command: string, args: string[]): Promise<boolean> {
  const ok = await run(label, command, args);
  if (ok) passed += 1;
  else failed += 1;
  return ok;
}

async function vitest(project: string, options: { live?: boolean } = {}): Promise<void> {
  mkdirSync('reports', { recursive: true });
  const out = `reports/vitest-${project}.json`;
  rmSync(out, { force: true });
  const ok = await run(
    `vitest (${project})`,
    'npx',
    ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`],
    options,
  );
  if (!existsSync(out)) {
    failed += 1;
    console.log(`vitest (${project}) n'a produit aucun rapport : compté comme un échec.`);
    return;
  }
  const report = JSON.parse(readFileSync(out, 'utf8')) as VitestReport;
  const counted = countTests(report);
  passed += counted.passed;
  failed += counted.failed;
  if (counted.unfinished.length > 0) console.log(`Tests sautés ou à faire, comptés comme des échecs :\n  ${counted.unfinished.join('\n  ')}`);
  if (report.numTotalTests === 0 || (!ok && counted.failed === 0)) failed += 1;
}

const built = step('build (astro + pagefind)', 'npm', ['run', 'build', '--silent']);

/** The checks of the built site, longest first; each lane takes the next one when it is free. */
const onBuiltSite: (() => Promise<unknown>)[] = [() => vitest('a11y', { live: true }), () => vitest('browser')];
// Lighthouse has its own script; CI (CI=true) and LIGHTHOUSE=1 run it here too.
if (process.env['CI'] === 'true' || process.env['LIGHTHOUSE'] === '1')
  onBuiltSite.push(() => step('lighthouse (mobile)', 'npm', ['run', 'test:lighthouse', '--silent']));

async function checkBuiltSite(): Promise<void> {
  if (!(await built)) {
    failed += onBuiltSite.splice(0).length; // each check of the built site could not run
    return;
  }
  for (let next = onBuiltSite.shift(); next; next = onBuiltSite.shift()) await next();
}

/** Lane 2; lane 1 is the build followed by checkBuiltSite(). */
async function lane2(): Promise<void> {
  await step('contenu (check:content)', 'npm', ['run', 'check:content', '--silent']);
  await step('provenance (report:coverage)', 'npm', ['run', 'report:coverage', '--silent']);
  await vitest('unit');
  await built;
  await step('types (astro check)', 'npm', ['run', 'check:types', '--silent']);
  // `npm run lint` without its `astro sync`: the build and astro check have just written the types it reads.
  await step('lint (eslint + prettier)', 'npm', ['run', 'lint:code', '--silent']);
  if (await built) await vitest('site');
  else failed += 1; // the site suite could not run
  await checkBuiltSite();
}

await Promise.all([checkBuiltSite(), lane2()]);
const wallS = (performance.now() - started) / 1000;
const busyS = (busyMs() - busyAtStart) / 1000;
console.log(`\nDurée totale : ${wallS.toFixed(0)} s`);
console.log(
  `Processeurs : ${busyS.toFixed(0)} s de calcul sur ${(wallS * cpus().length).toFixed(0)} s disponibles (${String(cpus().length)} cœurs, ${((100 * busyS) / (wallS * cpus().length)).toFixed(0)} % occupés)`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
