import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { TEMPLATE_SAMPLE } from '../site/dist.ts';
import { serveDist } from '../../scripts/lib/server.ts';
import { useBrowser } from './suite.ts';

/** Checks a browser makes on one page of each template (the full axe run covers every page). */
describe('chaque gabarit de page dans Chromium', () => {
  const browser = useBrowser();
  const base = inject('baseUrl');

  const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  /** Requests that leave the origin of `base` while these pages load, one line each naming the page (aborted, never sent). */
  async function foreignRequests(base: string, paths: readonly string[]): Promise<string[]> {
    const page = await browser().newPage();
    const foreign: string[] = [];
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (['data:', 'blob:'].includes(url.protocol) || url.origin === new URL(base).origin) return route.continue();
      foreign.push(`${new URL(page.url()).pathname} → ${url.origin}${url.pathname}`);
      return route.abort();
    });
    for (const path of paths) await page.goto(base + path, { waitUntil: 'networkidle' });
    await page.close();
    return foreign;
  }

  it('aucune requête vers un autre site (polices, CDN, statistiques, cartes)', async () => {
    expect(await foreignRequests(base, TEMPLATE_SAMPLE)).toEqual([]);
  });

  it('le contrôle échoue sur la page cassée exprès /police-externe/ et la nomme (tests/fixtures/gates/)', async () => {
    const { server, url } = await serveDist('tests/fixtures/gates/site');
    try {
      const found = await foreignRequests(url, ['/', '/police-externe/']);
      expect(found).toContain('/police-externe/ → https://fonts.googleapis.com/css2');
      expect(found.every((f) => f.startsWith('/police-externe/'))).toBe(true);
    } finally {
      server.close();
    }
  });

  // 320 px is checked on every page, in the same visit as axe (tests/e2e/a11y.test.ts).
  it('pas de défilement horizontal à 200 % de zoom (640 px CSS pour un écran de 1280)', async () => {
    const problems: string[] = [];
    for (const width of [640]) {
      const page = await browser().newPage({ viewport: { width, height: 800 } });
      for (const path of TEMPLATE_SAMPLE) {
        await page.goto(base + path);
        const extra = await overflow(page);
        if (extra > 0) problems.push(`${path} à ${width} px : ${extra} px de trop`);
      }
      await page.close();
    }
    expect(problems).toEqual([]);
  });

  it('les pages sont complètes sans JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of TEMPLATE_SAMPLE) {
      await page.goto(base + path);
      const text = (await page.locator('main').innerText()).trim();
      const h1 = await page.locator('h1').count();
      if (h1 !== 1 || text.length < 80) problems.push(`${path} : ${h1} titre(s) h1, ${text.length} caractères`);
    }
    await page.goto(`${base}/recherche/?q=guichet`);
    expect(await page.getByText('La recherche a besoin de JavaScript').isVisible()).toBe(true);
    await context.close();
    expect(problems).toEqual([]);
  });

  it('liens et boutons hors du texte courant : cible d’au moins 24 × 24 px, ou assez espacée (WCAG 2.5.8)', async () => {
    const page = await browser().newPage({ viewport: { width: 320, height: 800 } });
    const problems: string[] = [];
    for (const path of TEMPLATE_SAMPLE) {
      await page.goto(base + path);
      const small = await page.evaluate(() => {
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
      });
      problems.push(...small.map((s) => `${path} : ${s}`));
    }
    await page.close();
    expect(problems, problems.slice(0, 15).join('\n')).toEqual([]);
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
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const info = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const s = getComputedStyle(el);
          return { tag: el.tagName, text: el.textContent.trim().slice(0, 30), outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 };
        });
        if (info && !info.outline) problems.push(`${path} : ${info.tag} « ${info.text} » sans contour de focus`);
      }
    }
    await page.close();
    expect(problems, problems.slice(0, 10).join('\n')).toEqual([]);
  });
});
