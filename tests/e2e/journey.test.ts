import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './suite.ts';

/** Presses Tab until the focused element matches, then checks its focus ring and presses Enter. */
async function tabTo(page: Page, matches: (href: string, text: string) => boolean, label: string): Promise<void> {
  for (let i = 0; i < 250; i++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate(() => {
      const el = document.activeElement as HTMLAnchorElement | null;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      return { href: el.getAttribute('href') ?? '', text: el.textContent.trim(), ring: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 };
    });
    if (f && matches(f.href, f.text)) {
      expect(f.ring, `contour de focus visible sur « ${label} »`).toBe(true);
      const before = page.url();
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.href !== before);
      await page.waitForLoadState('load');
      return;
    }
  }
  throw new Error(`« ${label} » n'a pas été atteint au clavier`);
}

describe('parcours au clavier seulement', () => {
  const browser = useBrowser();

  it('accueil → thème → témoignage → proposition liée → sa source → retour au thème', async () => {
    const base = inject('baseUrl');
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/`);
    // A theme listed on the home page whose hub shows a testimony that links a proposal in its details.
    const read = (path: string) => readFileSync(`dist${path}index.html`, 'utf8');
    const links = (html: string, prefix: string) => [...html.matchAll(new RegExp(`href="(${prefix}[a-z0-9-]+/)"`, 'g'))].map((m) => m[1] ?? '');
    const journey = links(read('/'), '/themes/')
      .map((theme) => ({ theme, testimony: links(read(theme), '/temoignages/').find((t) => read(t).includes('<dt>Propositions</dt>')) }))
      .find((j) => j.testimony !== undefined);
    expect(journey, 'un thème dont la page montre un témoignage lié à une proposition').toBeDefined();
    const { theme, testimony } = journey!;
    await tabTo(page, (href) => href === theme, `le thème ${theme}`);
    expect(new URL(page.url()).pathname).toBe(theme);
    await tabTo(page, (href) => href === testimony, `le témoignage ${testimony}`);
    expect(new URL(page.url()).pathname).toBe(testimony);
    const proposal = /<dt>Propositions<\/dt><dd>[^]*?href="(\/propositions\/[a-z0-9-]+\/)"/.exec(read(testimony!))?.[1];
    await tabTo(page, (href) => href === proposal, 'la proposition liée');
    expect(new URL(page.url()).pathname).toMatch(/^\/propositions\//);
    await tabTo(page, (href) => href.startsWith('/sources/'), 'sa source');
    expect(new URL(page.url()).pathname).toMatch(/^\/sources\//);
    await page.goBack();
    await page.goBack();
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe(theme);
    await page.close();
  });
});
