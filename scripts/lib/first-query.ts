/**
 * Bytes a visitor's first search needs, measured for tests/e2e/search.test.ts and the benchmark (scripts/bench/run.ts): open /recherche/ in
 * Chromium, type a common word, wait for the results, and sum the transfer sizes of everything fetched under /pagefind/
 * (Pagefind's JS and WASM, pagefind-entry.json, the filter and meta files, the index chunks, the result fragments).
 */
import { launch } from './browser.ts';
import { serveDist } from './server.ts';

export interface FirstQuery {
  query: string;
  bytes: number;
  /** What tests/e2e/search.test.ts sees (Performance API of the page): the worker's fetches are missing from it. */
  pageApiBytes: number;
  results: string;
  /** Bytes by kind of file: js, wasm, entry, meta, filter, index, fragment, other. */
  byKind: Record<string, number>;
  files: number;
}

const kindOf = (url: string): string => {
  const name = new URL(url).pathname.split('/').pop() ?? '';
  if (name.endsWith('.js')) return 'js';
  if (name.endsWith('.css')) return 'css';
  if (name.startsWith('wasm.') || name.endsWith('.wasm')) return 'wasm';
  if (name === 'pagefind-entry.json') return 'entry';
  if (name.endsWith('.pf_meta')) return 'meta';
  if (name.endsWith('.pf_filter')) return 'filter';
  if (name.endsWith('.pf_index')) return 'index';
  if (name.endsWith('.pf_fragment')) return 'fragment';
  return 'other';
};

export async function firstQuery(dist: string, query = 'guichet'): Promise<FirstQuery> {
  const { server, url } = await serveDist(dist);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    // Pagefind 1.6 fetches its index from a Web Worker: those fetches never reach the page's Performance API
    // (which only sees pagefind.js and pagefind-worker.js), so every finished request is counted from the network.
    const sizes: Promise<{ name: string; size: number }>[] = [];
    page.on('requestfinished', (request) => {
      if (!request.url().includes('/pagefind/')) return;
      sizes.push(
        request
          .sizes()
          .then((s) => ({ name: request.url(), size: s.responseBodySize + s.responseHeadersSize }))
          .catch(() => ({ name: request.url(), size: 0 })),
      );
    });
    await page.goto(`${url}/recherche/`);
    await page.getByLabel(/Mots à chercher/).fill(query);
    await page.waitForFunction((q) => (document.querySelector('.search-status')?.textContent ?? '').includes(`« ${q} »`), query, { timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    const perf = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('/pagefind/'))
        .map((e) => ({ name: e.name, size: (e as PerformanceResourceTiming).transferSize })),
    );
    const pageApiBytes = perf.reduce((n, e) => n + e.size, 0);
    // Chromium reports a body of 0 bytes for the worker's own script (pagefind-worker.js) on the network side,
    // which the page's Performance API does see: keep the larger of the two figures for each URL.
    const bySize = new Map<string, number>();
    for (const e of [...(await Promise.all(sizes)), ...perf]) bySize.set(e.name, Math.max(bySize.get(e.name) ?? 0, e.size));
    const entries = [...bySize.entries()].map(([name, size]) => ({ name, size }));
    const results = (await page.locator('.search-status').textContent()) ?? '';
    const byKind: Record<string, number> = {};
    for (const e of entries) byKind[kindOf(e.name)] = (byKind[kindOf(e.name)] ?? 0) + e.size;
    return { query, bytes: entries.reduce((n, e) => n + e.size, 0), pageApiBytes, results: results.trim(), byKind, files: entries.length };
  } finally {
    await browser.close();
    server.close();
  }
}
