// Lighthouse (mobile preset) on key pages of the built site, in Debian's Chromium. Writes reports/lighthouse.json.
// Fails when a page scores below 1 in accessibility, best practices or SEO.
// With --performance (npm run report:lighthouse), it also measures performance and its timings (LCP, TBT, CLS), printed
// and written but never failing: on a shared 2-core machine they measure the load as much as the page. npm test
// leaves them out (about half of Lighthouse's time: a trace and a simulated slow load per page).
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_ARGS, chromePath } from './lib/browser.ts';
import { serveDist } from './lib/server.ts';

const PAGES = [
  '/',
  '/themes/guichets-et-contact-humain/',
  '/temoignages/lettre-jamila-composition-de-menage/',
  '/graphiques/fdss-smartphone-seul-par-revenu/',
  '/recherche/?q=guichet',
];
const MIN = { accessibility: 1, 'best-practices': 1, seo: 1 } as const;
const WITH_PERFORMANCE = process.argv.includes('--performance');
/** Reported only. */
const TIMINGS = { lcp: 'largest-contentful-paint', tbt: 'total-blocking-time', cls: 'cumulative-layout-shift' } as const;

const { server, url } = await serveDist('dist');
const chrome = await chromeLauncher.launch({
  chromePath: chromePath(),
  chromeFlags: CHROME_ARGS,
});
const results: Record<string, Record<string, number | null>> = {};
const performanceReport: Record<string, Record<string, number | null>> = {};
const failures: string[] = [];
try {
  for (const path of PAGES) {
    const run = await lighthouse(url + path, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...(WITH_PERFORMANCE ? ['performance'] : []), ...Object.keys(MIN)],
      // The screenshot of the whole page only illustrates an HTML report; this run keeps scores.
      disableFullPageScreenshot: true,
    });
    if (!run) throw new Error(`Lighthouse n'a rien rendu pour ${path}`);
    const { performance: perfScore, ...scores } = Object.fromEntries(Object.entries(run.lhr.categories).map(([k, c]) => [k, c.score]));
    results[path] = scores;
    if (WITH_PERFORMANCE)
      performanceReport[path] = {
        score: perfScore ?? null,
        ...Object.fromEntries(Object.entries(TIMINGS).map(([k, audit]) => [k, run.lhr.audits[audit]?.numericValue ?? null])),
      };
    for (const [k, min] of Object.entries(MIN)) {
      const score = scores[k] ?? 0;
      if (score < min) {
        const audits = Object.values(run.lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && (run.lhr.categories[k]?.auditRefs ?? []).some((r) => r.id === a.id && r.weight > 0))
          .map((a) => a.id);
        failures.push(`${path} : ${k} ${score} < ${min} (${audits.join(', ')})`);
      }
    }
    console.log(`${path} ${JSON.stringify(scores)}${WITH_PERFORMANCE ? ` ; performance (indicatif) ${JSON.stringify(performanceReport[path])}` : ''}`);
  }
} finally {
  chrome.kill();
  server.close();
}
mkdirSync('reports', { recursive: true });
writeFileSync(
  'reports/lighthouse.json',
  `${JSON.stringify(
    {
      seuils: MIN,
      pages: results,
      ...(WITH_PERFORMANCE ? { performance: { note: 'mesure indicative, jamais bloquante (ms pour lcp et tbt)', pages: performanceReport } } : {}),
    },
    null,
    2,
  )}\n`,
);
if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log('Lighthouse : tous les seuils sont atteints.');
