import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { TEMPLATE_SAMPLE } from '../site/dist.ts';
import { serveDist } from '../../scripts/lib/server.ts';
import { MAX_HEADER, PHONE, WINDOW } from './screens.ts';
import { useBrowser } from './suite.ts';

/** The first of the sample's tests to run visits every sampled page: more time than one visit's test. */
const SAMPLE_TIMEOUT = 300_000;

/**
 * Undersized targets outside running text in the page as laid out now: links and buttons under 24 × 24 px whose
 * 24 px circle touches another target (WCAG 2.5.8), one line each. Runs in the page.
 */
function smallTargets(): string[] {
  const targets = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, summary')]
    .filter((el) => el.offsetParent !== null)
    .map((el) => ({ el, r: el.getBoundingClientRect(), inline: el.closest('p, dd, td, th, blockquote, figcaption, .prose') !== null }));
  // Spacing exception: a 24 px circle centred on an undersized target must not touch any other target.
  const clear = (t: (typeof targets)[number]) => {
    const cx = t.r.left + t.r.width / 2;
    const cy = t.r.top + t.r.height / 2;
    return targets.every((o) => {
      if (o === t) return true;
      const dx = Math.max(o.r.left - cx, 0, cx - o.r.right);
      const dy = Math.max(o.r.top - cy, 0, cy - o.r.bottom);
      return Math.hypot(dx, dy) >= 12;
    });
  };
  return targets
    .filter((t) => !t.inline && (t.r.width < 24 || t.r.height < 24) && !clear(t))
    .map((t) => `${t.el.tagName.toLowerCase()} « ${t.el.textContent.trim().slice(0, 30)} » ${Math.round(t.r.width)}×${Math.round(t.r.height)}`);
}

/** Checks a browser makes on one page of each template (the full axe run covers every page). */
describe('chaque gabarit de page dans Chromium', () => {
  const browser = useBrowser();
  const base = inject('baseUrl');

  /**
   * Loads each path in one window (`WINDOW`) until the network is idle, then runs `afterLoad` on it; returns the
   * requests that left the origin of `base` meanwhile, one line each naming the page (aborted, never sent).
   */
  async function visit(base: string, paths: readonly string[], afterLoad?: (page: Page, path: string) => Promise<void>): Promise<string[]> {
    const page = await browser().newPage({ viewport: WINDOW });
    const foreign: string[] = [];
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (['data:', 'blob:'].includes(url.protocol) || url.origin === new URL(base).origin) return route.continue();
      foreign.push(`${new URL(page.url()).pathname} → ${url.origin}${url.pathname}`);
      return route.abort();
    });
    try {
      for (const path of paths) {
        await page.setViewportSize(WINDOW);
        await page.goto(base + path, { waitUntil: 'networkidle' });
        await afterLoad?.(page, path);
      }
    } finally {
      await page.close();
    }
    return foreign;
  }

  /**
   * One visit of each sampled page (and of /aide/) serves four tests: the requests made while it loads, then, in the
   * same page, its layout at 640 px wide, on a 360 × 740 phone and at 320 px wide. Resizing equals loading at that
   * size here: the layout is CSS only (no script of the site reads the window's size, and no image has a srcset), and
   * media queries apply again on resize.
   * Nothing here fails: each test asserts on its own part.
   */
  let sample: Promise<{ foreign: string[]; zoom: string[]; targets: string[]; phoneHeader: string[] }> | undefined;
  const sampleFacts = () =>
    (sample ??= (async () => {
      const zoom: string[] = [];
      const targets: string[] = [];
      const phoneHeader: string[] = [];
      const foreign = await visit(base, [...TEMPLATE_SAMPLE, '/aide/'], async (page, path) => {
        await page.setViewportSize({ width: 640, height: 800 });
        const extra = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (extra > 0) zoom.push(`${path} à 640 px : ${extra} px de trop`);
        await page.setViewportSize(PHONE);
        const header = await page.evaluate(() => {
          const el = document.querySelector('header.site-header');
          return el ? el.getBoundingClientRect().height : null;
        });
        // The embedded chart has no header.
        if (header !== null && header > MAX_HEADER) phoneHeader.push(`${path} : ${String(Math.round(header))} px`);
        await page.setViewportSize({ width: 320, height: 800 });
        targets.push(...(await page.evaluate(smallTargets)).map((s) => `${path} : ${s}`));
      });
      return { foreign, zoom, targets, phoneHeader };
    })());

  it('aucune requête vers un autre site (polices, CDN, statistiques, cartes)', { timeout: SAMPLE_TIMEOUT }, async () => {
    expect((await sampleFacts()).foreign).toEqual([]);
  });

  it('le contrôle échoue sur la page cassée exprès /police-externe/ et la nomme (tests/fixtures/gates/)', async () => {
    const { server, url } = await serveDist('tests/fixtures/gates/site');
    try {
      const found = await visit(url, ['/', '/police-externe/']);
      expect(found).toContain('/police-externe/ → https://fonts.googleapis.com/css2');
      expect(found.every((f) => f.startsWith('/police-externe/'))).toBe(true);
    } finally {
      server.close();
    }
  });

  // 320 px is checked on every page, in the same visit as axe (tests/e2e/a11y.test.ts).
  it('pas de défilement horizontal à 200 % de zoom (640 px CSS pour un écran de 1280)', { timeout: SAMPLE_TIMEOUT }, async () => {
    expect((await sampleFacts()).zoom).toEqual([]);
  });

  it('les pages sont complètes sans JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of TEMPLATE_SAMPLE) {
      await page.goto(base + path);
      const { mains, text, h1 } = await page.evaluate(() => {
        const main = document.querySelectorAll('main');
        return { mains: main.length, text: (main[0]?.innerText ?? '').trim(), h1: document.querySelectorAll('h1').length };
      });
      if (mains !== 1) problems.push(`${path} : ${mains} éléments main`);
      if (h1 !== 1 || text.length < 80) problems.push(`${path} : ${h1} titre(s) h1, ${text.length} caractères`);
    }
    await page.goto(`${base}/recherche/?q=guichet`);
    expect(await page.getByText('La recherche a besoin de JavaScript').isVisible()).toBe(true);
    await context.close();
    expect(problems).toEqual([]);
  });

  it('liens et boutons hors du texte courant : cible d’au moins 24 × 24 px, ou assez espacée (WCAG 2.5.8)', { timeout: SAMPLE_TIMEOUT }, async () => {
    const problems = (await sampleFacts()).targets;
    expect(problems, problems.slice(0, 15).join('\n')).toEqual([]);
  });

  // A cheap phone's screen (issue 16): the header takes at most a fifth of it (its other checks: phone.test.ts).
  it(`sur un téléphone de 360 × 740, l’en-tête mesure au plus ${String(MAX_HEADER)} px de haut sur chaque gabarit`, { timeout: SAMPLE_TIMEOUT }, async () => {
    expect((await sampleFacts()).phoneHeader).toEqual([]);
  });

  it('prefers-reduced-motion : aucune animation ni transition', async () => {
    const context = await browser().newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    for (const path of ['/', '/temoignages/lettre-jamila-composition-de-menage/', '/recherche/?q=guichet']) {
      await page.goto(base + path);
      const moving = await page.evaluate(
        () =>
          [...document.querySelectorAll('*')].filter((el) => {
            const s = getComputedStyle(el);
            return (s.animationName !== 'none' && s.animationDuration !== '0s') || s.transitionDuration.split(',').some((d) => parseFloat(d) > 0.01);
          }).length + document.getAnimations().length,
      );
      expect(moving, path).toBe(0);
    }
    await context.close();
  });

  it('chaque élément focalisable a un contour visible au clavier', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    for (const path of [
      '/',
      '/temoignages/',
      '/temoignages/lettre-jamila-composition-de-menage/',
      '/themes/guichets-et-contact-humain/',
      '/graphiques/ciep-epn-wallonie-par-operateur/',
    ]) {
      await page.goto(base + path);
      // Each element that takes the focus records its outline as it gets it: the page is read once after 40 Tabs.
      await page.evaluate(() => {
        const seen: { tag: string; text: string; outline: boolean }[] = [];
        Object.assign(window, { __focused: seen });
        document.addEventListener('focusin', (event) => {
          const el = event.target;
          if (!(el instanceof HTMLElement) || el === document.body) return;
          const s = getComputedStyle(el);
          seen.push({ tag: el.tagName, text: el.textContent.trim().slice(0, 30), outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 });
        });
      });
      for (let i = 0; i < 40; i++) await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => (window as unknown as { __focused: { tag: string; text: string; outline: boolean }[] }).__focused);
      for (const info of focused) if (!info.outline) problems.push(`${path} : ${info.tag} « ${info.text} » sans contour de focus`);
    }
    await page.close();
    expect(problems, problems.slice(0, 10).join('\n')).toEqual([]);
  });
});
