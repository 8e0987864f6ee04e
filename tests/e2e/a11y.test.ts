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
 * Pages visited at once. One: a single page's visit already keeps about 1.7 of the 2 cores busy (Chromium's browser,
 * renderer and GPU processes, and axe); measured on 90 pages, the machine otherwise quiet, one at a time took 38.8 s,
 * three at a time 48.5 s (one browser, three contexts) or 44.3 s (three browsers).
 */
const PARALLEL = 1;

describe(`accessibilité à ${WIDTH} px (axe-core, WCAG 2.0/2.1/2.2 A et AA) et défilement horizontal, sur toutes les pages`, () => {
  const browser = useBrowser();

  async function newPage(): Promise<Page> {
    const context = await browser().newContext({ viewport: { width: WIDTH, height: 640 } });
    await context.addInitScript({ content: AXE_SOURCE });
    return context.newPage();
  }

  /**
   * Every axe violation and every horizontal overflow on these pages, one line each naming the page. One visit per
   * page does both checks; PARALLEL pages at a time. The layout rules (contrast, target size) run on the pages of
   * `withLayoutRules` only, or on every page when it is left out.
   */
  async function pageProblems(base: string, paths: readonly string[], withLayoutRules?: ReadonlySet<string>): Promise<string[]> {
    const found: string[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        const page = await newPage();
        for (let i = next++; i < paths.length; i = next++) {
          const path = paths[i] ?? '/';
          // A page that does not load is a problem of its own, not the end of the run (/admin/ is a large app).
          const loaded = await page.goto(`${base}${path}`, { waitUntil: 'load', timeout: 120_000 }).then(
            () => '',
            (e: unknown) => (e instanceof Error ? e.message.split('\n')[0] : String(e)),
          );
          if (loaded) {
            found.push(`${path} : page non chargée (${loaded})`);
            continue;
          }
          if (i % 100 === 99) console.log(`… ${i + 1} pages sur ${paths.length}`);
          const extra = await overflowOf(page);
          if (extra) found.push(`${path} : défilement horizontal à ${WIDTH} px (${extra})`);
          for (const v of await violationsOf(page, { withLayoutRules: withLayoutRules?.has(path) ?? true }))
            found.push(`${path} : ${v.id} (${v.nodes.length}) ${v.help} — ${v.nodes[0]?.target.join(' ') ?? ''}`);
        }
        await page.close();
      }),
    );
    return found.sort();
  }

  // Contrast and target size depend on the one stylesheet and on each template's layout, not on an entry's words:
  // they run on a sample of every template (the first pages and the largest), every other rule on every page.
  it(
    `zéro violation et aucun défilement horizontal sur chaque page HTML de dist/ (${LAYOUT_RULES.join(', ')} : quelques pages par gabarit)`,
    { timeout: 1_800_000 },
    async () => {
      const pages = htmlPages();
      const paths = pages.map((p) => p.path);
      const sample = new Set(templateSample(pages).map((p) => p.path));
      const started = performance.now();
      const found = await pageProblems(inject('baseUrl'), paths, sample);
      console.log(
        `axe et débordement à ${WIDTH} px : ${paths.length} pages (dont ${sample.size} avec ${LAYOUT_RULES.join(', ')}) en ${Math.round((performance.now() - started) / 1000)} s (${PARALLEL} à la fois)`,
      );
      expect(found, found.slice(0, 30).join('\n')).toEqual([]);
    },
  );

  it(`le contrôle échoue sur les pages cassées exprès de tests/fixtures/attacks/pages-${WIDTH}/ et les nomme`, async () => {
    const { server, url } = await serveDist(`tests/fixtures/attacks/pages-${WIDTH}`);
    try {
      const found = await pageProblems(url, ['/', '/adresse-longue/', '/tableau-large/']);
      expect(found.map((f) => f.split(' (')[0])).toEqual([
        `/adresse-longue/ : défilement horizontal à ${WIDTH} px`,
        '/tableau-large/ : scrollable-region-focusable',
      ]);
    } finally {
      server.close();
    }
  });

  it('le contrôle échoue sur la page cassée exprès /image-sans-alt/ et la nomme (tests/fixtures/gates/)', async () => {
    const { server, url } = await serveDist('tests/fixtures/gates/site');
    try {
      const found = await pageProblems(url, ['/', '/image-sans-alt/']);
      expect(found.map((f) => f.split(' (')[0])).toEqual(['/image-sans-alt/ : image-alt']);
    } finally {
      server.close();
    }
  });

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
