import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AXE_SOURCE, violationsOf } from './axe.ts';
import { firstQuery } from '../../scripts/lib/first-query.ts';
import { href, withoutBase } from '../../src/lib/routes.ts';
import { DIST, htmlPages } from '../site/dist.ts';
import { useBrowser } from './suite.ts';

interface Case {
  nom: string;
  q: string;
  filtres?: Record<string, string>;
  attendu?: string[];
  max?: number;
  tousDeType?: string;
  moinsQueSansFiltre?: boolean;
  /** No result is expected: the page must then offer close spellings (`orthographes`), themes and the lists (`pistes`). */
  aucun?: boolean;
  orthographes?: string[];
  pistes?: string[];
}
const cases = JSON.parse(readFileSync('tests/search-cases.json', 'utf8')) as Case[];

/** The build's address (origin and base path), read from its home page: the tests hold for any SITE_URL / BASE_PATH. */
const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(DIST, 'index.html'), 'utf8'))?.[1] ?? '';
const SITE = new URL(canonical || 'http://invalide/');
const BASE = SITE.pathname;
/** A site path (« /recherche/ ») as served by this build. */
const at = (path: string) => href(path, BASE);

/** What Pagefind stored of each indexed page: its URL and the text it indexed (fragments are gzipped JSON). */
function indexedPages(dist = DIST): { url: string; content: string }[] {
  const dir = join(dist, 'pagefind/fragment');
  return readdirSync(dir).map((f) => {
    const raw = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
    return JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string };
  });
}

/** Opens the search page with a query and filters in the URL, waits for the announced result count. */
async function open(page: Page, base: string, q: string, filters: Record<string, string> = {}) {
  const params = new URLSearchParams({ ...(q ? { q } : {}), ...filters });
  await page.goto(`${base}${at('/recherche/')}?${params.toString()}`);
  // The count announced, the results' paths and types, read in the same evaluation that sees the count announced.
  const shown = await page.waitForFunction(
    () => {
      const status = document.querySelector('.search-status')?.textContent ?? '';
      if (!/résultat|Aucun/.test(status)) return false;
      const hrefs = [...document.querySelectorAll<HTMLAnchorElement>('.search-results h2 a')].map((a) => new URL(a.href).pathname);
      return { status, hrefs, types: [...document.querySelectorAll('.search-results .kind')].map((el) => el.textContent) };
    },
    null,
    { timeout: 15_000 },
  );
  const { status, hrefs, types } = (await shown.jsonValue()) as { status: string; hrefs: string[]; types: string[] };
  await shown.dispose();
  const count = status.startsWith('Aucun') ? 0 : Number(/^(\d+)/.exec(status)?.[1] ?? NaN);
  return { count, links: hrefs.map((h) => withoutBase(h, BASE)), types };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text: string) =>
  text.replace(/&(#\d+|[a-z]+);/g, (whole, name: string) => (name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name] ?? whole)));

describe('index de recherche : le contenu des pages, pas leur habillage', () => {
  const indexed = indexedPages();

  it('ni adresse du site ni habillage (citer, adresse permanente, partage, téléchargements, code à intégrer)', () => {
    expect(indexed.length).toBeGreaterThan(100);
    const chrome = [SITE.host, 'Adresse permanente', 'Citer cette page', 'Copier le lien', 'Par e-mail', 'Fiche à imprimer', '<iframe', '(CSV)'];
    const found = indexed.flatMap((p) => chrome.filter((c) => p.content.includes(c)).map((c) => `${p.url} : « ${c} »`));
    expect(found).toEqual([]);
  });

  it('un intitulé n’est pas collé à sa valeur dans le texte indexé (« Populationpersonnes »)', () => {
    const contentOf = new Map(indexed.map((p) => [p.url, p.content]));
    const glued: string[] = [];
    let pairs = 0;
    for (const page of htmlPages()) {
      const content = contentOf.get(page.path);
      if (!content) continue;
      // A label element closed right before the next one opens: <dt>…</dt><dd>…, <th>…</th><td>… or <th>…</th><th>…
      for (const m of page.html.matchAll(/<(dt|th)\b[^>]*>([^<]+)<\/\1><(?:dd|td|th)\b[^>]*>(?:<a\b[^>]*>)?([^<\s]+)/g)) {
        pairs++;
        const joined = decode(m[2] ?? '') + decode(m[3] ?? '');
        if (content.includes(joined)) glued.push(`${page.path} : « ${joined} »`);
      }
    }
    expect(pairs).toBeGreaterThan(100);
    expect(glued).toEqual([]);
  });
});

/** Clicks « Afficher 10 résultats de plus » until all `count` results are listed; their site paths. */
async function showAll(page: Page, count: number): Promise<string[]> {
  const links = page.locator('.search-results h2 a');
  while ((await links.count()) < count) {
    const before = await links.count();
    await page.locator('.search-more').click();
    await page.waitForFunction((n) => document.querySelectorAll('.search-results h2 a').length > n, before);
  }
  return (await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).map((h) => withoutBase(h, BASE));
}

describe('recherche (Pagefind, français)', () => {
  const browser = useBrowser();
  const base = inject('baseUrl');
  // One browser context for the cases, as one person searching several times: Pagefind's script, WASM and index
  // chunks come from its cache after the first search (the test server lets assets be cached, like a static host).
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    context = await browser().newContext();
  });
  afterAll(async () => {
    await context?.close();
  });
  const newPage = () => {
    if (!context) throw new Error('contexte du navigateur absent');
    return context.newPage();
  };
  // The cases share one tab: each starts by opening its own address, a new document (no state of the previous case's
  // page survives a navigation but the browser's cache, shared by the context anyway).
  let tab: Page | undefined;
  const caseTab = async () => (tab ??= await newPage());

  it(`tests/search-cases.json contient au moins 15 cas`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  for (const c of cases.filter((x) => x.aucun)) {
    it(c.nom, async () => {
      const page = await caseTab();
      const r = await open(page, base, c.q, c.filtres);
      expect(r.count, `résultats pour « ${c.q} »`).toBe(0);
      const help = page.locator('[data-search-help]');
      await help.waitFor({ state: 'visible', timeout: 30_000 });
      const spellings = await help.locator('[data-search-spellings] a').allTextContents();
      for (const word of c.orthographes ?? []) expect(spellings, `orthographes proches de « ${c.q} »`).toContain(word);
      // Each close spelling is a search that finds something.
      const first = spellings[0] ?? '';
      const themes = await help.locator('[data-theme]:visible a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(themes.length).toBeGreaterThan(0);
      expect(themes.every((t) => withoutBase(t, BASE).startsWith('/themes/'))).toBe(true);
      const lists = await help.locator('a:not([data-theme] a)').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      for (const path of c.pistes ?? []) expect(lists.map((l) => withoutBase(l, BASE))).toContain(path);
      expect((await open(page, base, first)).count, `« ${first} » proposé pour « ${c.q} »`).toBeGreaterThan(0);
    });
  }

  for (const c of cases.filter((x) => !x.aucun)) {
    it(c.nom, async () => {
      const page = await caseTab();
      const r = await open(page, base, c.q, c.filtres);
      expect(r.count, `résultats pour « ${c.q} »`).toBeGreaterThan(0);
      // A search by filters only has no ranking (Pagefind lists the pages in index order): look at every result.
      const found = c.q ? r.links : await showAll(page, r.count);
      for (const url of c.attendu ?? []) expect(found, `« ${c.q} » doit trouver ${url}`).toContain(url);
      if (c.max !== undefined) expect(r.count).toBeLessThanOrEqual(c.max);
      if (c.tousDeType) expect(new Set(r.types)).toEqual(new Set([c.tousDeType]));
      if (c.moinsQueSansFiltre && c.filtres) {
        const unfiltered = await open(page, base, c.q);
        expect(r.count).toBeLessThan(unfiltered.count);
      }
      // Opening the same URL again gives the same results: a search can be shared and bookmarked.
      const again = await open(page, base, c.q, c.filtres);
      expect(again.links).toEqual(r.links);
    });
  }

  it('taper dans le champ met la requête dans l’adresse et annonce le nombre de résultats', async () => {
    const page = await newPage();
    await page.goto(`${base}${at('/recherche/')}`);
    await page.getByLabel(/Mots à chercher/).fill('guichet');
    await page.waitForFunction(() => /résultats? pour « guichet »/.test(document.querySelector('[role="status"].search-status')?.textContent ?? ''));
    expect(new URL(page.url()).searchParams.get('q')).toBe('guichet');
    await page.getByText('Affiner :').click();
    await page.locator('#filtre-theme option', { hasText: 'Guichets et contact humain' }).waitFor({ state: 'attached' });
    const option = await page.locator('#filtre-theme option', { hasText: 'Guichets et contact humain' }).getAttribute('value');
    await page.locator('#filtre-theme').selectOption(option ?? '');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('theme') === 'Guichets et contact humain');
    await page.close();
  });

  it('les résultats viennent par 10 ; « Afficher 10 résultats de plus » ajoute les suivants et y place le focus', async () => {
    const page = await newPage();
    const r = await open(page, base, 'numérique');
    expect(r.count).toBeGreaterThan(20);
    expect(r.links).toHaveLength(10);
    await page.getByRole('button', { name: 'Afficher 10 résultats de plus' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.search-results h2 a').length === 20);
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    const eleventh = await page.locator('.search-results h2 a').nth(10).getAttribute('href');
    expect(focused).toBe(eleventh);
    expect(await page.locator('.search-status').textContent()).toContain('(20 affichés)');
    await page.close();
  });

  it('la page de résultats, filtres affichés, n’a aucune violation axe', async () => {
    const withAxe = await browser().newContext();
    await withAxe.addInitScript({ content: AXE_SOURCE });
    const page = await withAxe.newPage();
    await open(page, base, 'guichet', { type: 'Témoignage' });
    expect((await violationsOf(page)).map((v) => `${v.id} ${v.help}`)).toEqual([]);
    await withAxe.close();
  });

  it('mesure : octets transférés pour la première requête et délai frappe → résultats (médiane de 10)', async () => {
    const page = await newPage();
    await page.goto(`${base}${at('/recherche/')}`);
    await page.getByLabel(/Mots à chercher/).fill('guichet');
    await page.waitForFunction(() => /pour « guichet »/.test(document.querySelector('.search-status')?.textContent ?? ''));
    await page.waitForLoadState('networkidle');
    // Everything Pagefind fetched until the first results, counted on the network in a fresh browser (JS, WASM, page
    // list, index chunks, the fragments of the results shown): the page's Performance API misses a Web Worker's fetches.
    const first = await firstQuery(DIST, 'guichet');
    const firstQueryBytes = first.bytes;
    const times: number[] = [];
    for (const q of ['banque', 'rendez-vous', 'angoisse', 'école', 'commune', 'téléphone', 'santé', 'enfants', 'itsme', 'formation']) {
      const t = await page.evaluate(async (term) => {
        const input = document.getElementById('q') as HTMLInputElement;
        const status = document.querySelector('.search-status')!;
        const start = performance.now();
        input.value = term;
        input.dispatchEvent(new Event('input'));
        await new Promise<void>((resolve) => {
          const obs = new MutationObserver(() => {
            if (status.textContent.includes(`« ${term} »`)) {
              obs.disconnect();
              resolve();
            }
          });
          obs.observe(status, { childList: true, characterData: true, subtree: true });
        });
        return performance.now() - start;
      }, q);
      times.push(t);
    }
    times.sort((a, b) => a - b);
    const median = (times[4]! + times[5]!) / 2;
    console.log(
      `Recherche : première requête ${Math.round(firstQueryBytes / 1024)} Ko transférés en ${first.files} fichiers (${Object.entries(first.byKind)
        .map(([k, v]) => `${k} ${Math.round(v / 1024)}`)
        .join(', ')} Ko) ; frappe → résultats médiane ${Math.round(median)} ms (dont 200 ms d'attente de fin de frappe)`,
    );
    expect(firstQueryBytes).toBeGreaterThan(0);
    expect(firstQueryBytes).toBeLessThan(150 * 1024);
    expect(median).toBeLessThan(600);
    await page.close();
  });
});
