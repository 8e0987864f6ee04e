// Runs every check in order and ends with one line « N passed, N failed » summed over all suites.
// A non-vitest step (lint, types, content, provenance, build) counts as one check; a skipped or todo test counts as failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { countTests, type VitestReport } from './lib/vitest-report.ts';

process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
// The site is built and tested as an association would publish it, with its own public address; the subfolder
// (BASE_PATH) build is tested by tests/site/base-path.test.ts.
process.env['SITE_URL'] ??= 'https://exemple.org';
let passed = 0;
let failed = 0;
const started = performance.now();

function run(label: string, command: string, args: string[]): boolean {
  console.log(`\n▶ ${label}`);
  const t0 = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${label} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  return ok;
}

function step(label: string, command: string, args: string[]): boolean {
  const ok = run(label, command, args);
  if (ok) passed += 1;
  else failed += 1;
  return ok;
}

function vitest(project: string): void {
  mkdirSync('reports', { recursive: true });
  const out = `reports/vitest-${project}.json`;
  rmSync(out, { force: true });
  const ok = run(`vitest (${project})`, 'npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
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

step('lint (eslint + prettier)', 'npm', ['run', 'lint', '--silent']);
step('types (astro check)', 'npm', ['run', 'check:types', '--silent']);
step('contenu (check:content)', 'npm', ['run', 'check:content', '--silent']);
step('provenance (report:coverage)', 'npm', ['run', 'report:coverage', '--silent']);
vitest('unit');
if (step('build (astro + pagefind)', 'npm', ['run', 'build', '--silent'])) {
  vitest('site');
  // Lighthouse has its own script; CI (CI=true) and LIGHTHOUSE=1 run it here too.
  if (process.env['CI'] === 'true' || process.env['LIGHTHOUSE'] === '1') step('lighthouse (mobile)', 'npm', ['run', 'test:lighthouse', '--silent']);
} else failed += 1; // the site suite could not run

console.log(`\nDurée totale : ${((performance.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
