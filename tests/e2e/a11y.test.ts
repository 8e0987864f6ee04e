import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages, templateSample } from '../site/dist.ts';
import { AXE_SOURCE, LAYOUT_RULES, violationsOf } from './axe.ts';
import { serveDist } from '../../scripts/lib/server.ts';
import { useBrowser } from './suite.ts';

/**
 * How far the page scrolls sideways, and the first element that sticks out past the right edge; '' when it fits.
 * A region that scrolls on its own (overflow: auto) does not count: axe checks it can be reached by keyboard.
 */
const overflowOf = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const root = document.documentElement;
    const extra = root.scrollWidth - root.clientWidth;
    if (extra <= 0) return '';
    const culprit = [...document.body.querySelectorAll('*')].find((e) => e.getBoundingClientRect().right > root.clientWidth + 0.5);
    const name = culprit
      ? `${culprit.tagName.toLowerCase()}${culprit.className && typeof culprit.className === 'string' ? `.${culprit.className.trim().split(/\s+/).join('.')}` : ''}`
      : '?';
    return `${extra} px de trop, ${name}`;
  });

/** The narrowest phone the site is designed for (WCAG 1.4.10 Reflow: 320 CSS px). */
const WIDTH = 320;
/**
 * Replaces the document's head, body and root attributes with those of the page at `url`, fetched and parsed in the
 * page (no navigation, no script of the new page runs), then waits for its stylesheets: the page as a reader without
 * JavaScript gets it, laid out at the same width. A navigation costs Chromium about three times as much (a new
 * document, axe set up again): measured on 60 pages, 36.3 s against 11.6 s.
 */
async function showPage(page: Page, url: string): Promise<string> {
  return page.evaluate(async (address) => {
    // As a navigation would, a 404 answer is checked too: it is the site's « page not found » (/404).
    const response = await fetch(address).catch((e: unknown) => (e instanceof Error ? e.message : String(e)));
    if (typeof response === 'string') return response;
    const next = new DOMParser().parseFromString(await response.text(), 'text/html');
    const root = document.documentElement;
    for (const a of [...root.attributes]) root.removeAttribute(a.name);
    for (const a of [...next.documentElement.attributes]) root.setAttribute(a.name, a.value);
    document.head.replaceWith(document.adoptNode(next.head));
    document.body.replaceWith(document.adoptNode(next.body));
    const sheets = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].filter((l) => !l.sheet);
    await Promise.all(
      sheets.map(
        (l) =>
          new Promise((done) => {
            l.addEventListener('load', done);
            l.addEventListener('error', done);
          }),
      ),
    );
    return '';
  }, url);
}

describe(`accessibilité à ${WIDTH} px (axe-core, WCAG 2.0/2.1/2.2 A et AA) et défilement horizontal, sur toutes les pages`, () => {
  const browser = useBrowser();

  async function newPage(): Promise<Page> {
    const context = await browser().newContext({ viewport: { width: WIDTH, height: 640 } });
    await context.addInitScript({ content: AXE_SOURCE });
    return context.newPage();
  }

  /**
   * Every axe violation and every horizontal overflow on these pages, one line each naming the page.
   * - `visit: 'navigation'`: each page is opened as a reader opens it (its scripts run) and checked with every rule,
   *   contrast and target size included;
   * - `visit: 'swap'`: each page's HTML replaces the previous one in the same document (showPage) and is checked with
   *   every rule but LAYOUT_RULES.
   */
  async function pageProblems(base: string, paths: readonly string[], visit: 'navigation' | 'swap'): Promise<string[]> {
    const found: string[] = [];
    const page = await newPage();
    if (visit === 'swap') await page.goto(`${base}/`, { timeout: 120_000 });
    for (const [i, path] of paths.entries()) {
      // A page that does not load is a problem of its own, not the end of the run (/admin/ is a large app).
      const loaded =
        visit === 'swap'
          ? await showPage(page, `${base}${path}`)
          : await page.goto(`${base}${path}`, { waitUntil: 'load', timeout: 120_000 }).then(
              () => '',
              (e: unknown) => (e instanceof Error ? e.message.split('\n')[0] : String(e)),
            );
      if (loaded) {
        found.push(`${path} : page non chargée (${loaded})`);
        continue;
      }
      if (i % 100 === 99) console.log(`… ${String(i + 1)} pages sur ${String(paths.length)}`);
      const extra = await overflowOf(page);
      if (extra) found.push(`${path} : défilement horizontal à ${WIDTH} px (${extra})`);
      for (const v of await violationsOf(page, { withLayoutRules: visit === 'navigation' }))
        found.push(`${path} : ${v.id} (${v.nodes.length}) ${v.help} — ${v.nodes[0]?.target.join(' ') ?? ''}`);
    }
    await page.close();
    return found.sort();
  }

  // Every page as a reader without JavaScript gets it, every rule but contrast and target size (which depend on the
  // one stylesheet and each template's layout, not on an entry's words); the template sample (the first pages and the
  // largest of each template) also opened as a reader with JavaScript opens it, with every rule.
  it(
    `zéro violation et aucun défilement horizontal sur chaque page HTML de dist/ (${LAYOUT_RULES.join(', ')} et scripts : quelques pages par gabarit)`,
    { timeout: 1_800_000 },
    async () => {
      const pages = htmlPages();
      const paths = pages.map((p) => p.path);
      const sample = templateSample(pages).map((p) => p.path);
      const started = performance.now();
      const found = [...(await pageProblems(inject('baseUrl'), paths, 'swap')), ...(await pageProblems(inject('baseUrl'), sample, 'navigation'))];
      console.log(
        `axe et débordement à ${WIDTH} px : ${String(paths.length)} pages, dont ${String(sample.length)} ouvertes aussi avec leurs scripts et ${LAYOUT_RULES.join(', ')}, en ${String(Math.round((performance.now() - started) / 1000))} s`,
      );
      expect(found, found.slice(0, 30).join('\n')).toEqual([]);
    },
  );

  for (const visit of ['swap', 'navigation'] as const) {
    it(`le contrôle (${visit === 'swap' ? 'page remplacée' : 'page ouverte'}) échoue sur les pages cassées exprès de tests/fixtures/attacks/pages-${WIDTH}/ et les nomme`, async () => {
      const { server, url } = await serveDist(`tests/fixtures/attacks/pages-${WIDTH}`);
      try {
        const found = await pageProblems(url, ['/', '/adresse-longue/', '/tableau-large/'], visit);
        expect(found.map((f) => f.split(' (')[0])).toEqual([
          `/adresse-longue/ : défilement horizontal à ${WIDTH} px`,
          '/tableau-large/ : scrollable-region-focusable',
        ]);
      } finally {
        server.close();
      }
    });

    it(`le contrôle (${visit === 'swap' ? 'page remplacée' : 'page ouverte'}) échoue sur la page cassée exprès /image-sans-alt/ et la nomme (tests/fixtures/gates/)`, async () => {
      const { server, url } = await serveDist('tests/fixtures/gates/site');
      try {
        const found = await pageProblems(url, ['/', '/image-sans-alt/'], visit);
        expect(found.map((f) => f.split(' (')[0])).toEqual(['/image-sans-alt/ : image-alt']);
      } finally {
        server.close();
      }
    });
  }

  it('axe signale une image sans texte alternatif et un contraste trop faible (contrôle du test)', async () => {
    const page = await newPage();
    await page.goto(`${inject('baseUrl')}/a-propos/`);
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = '/favicon.svg';
      const p = document.createElement('p');
      p.textContent = 'texte pâle';
      p.style.color = '#ddd';
      document.querySelector('main')?.append(img, p);
    });
    const ids = (await violationsOf(page)).map((v) => v.id);
    expect(ids).toContain('image-alt');
    expect(ids).toContain('color-contrast');
    // Outside the template sample, contrast is left out and every other rule still runs.
    const outsideSample = (await violationsOf(page, { withLayoutRules: false })).map((v) => v.id);
    expect(outsideSample).toContain('image-alt');
    expect(outsideSample).not.toContain('color-contrast');
    await page.close();
  });
});
