import { readdirSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { PHONE } from './screens.ts';
import { useBrowser } from './suite.ts';

describe('sur un téléphone de 360 × 740', () => {
  const browser = useBrowser();
  const base = inject('baseUrl');

  // The header's height on every template: in the same visit as the other template checks (templates.test.ts).

  it('le menu s’ouvre sans JavaScript, et la recherche et l’aide sont à un geste', async () => {
    const context = await browser().newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/temoignages/lettre-jacques-rendez-vous-hopital/`);
    const themes = page.locator('.nav-menu a', { hasText: 'Thèmes' });
    expect(await themes.isVisible()).toBe(false);
    await page.locator('.nav-menu summary').click();
    expect(await themes.isVisible()).toBe(true);
    for (const link of ['header .search-link', 'header .help-link']) {
      const box = await page.locator(link).boundingBox();
      expect(box && box.y + box.height <= PHONE.height && box.height >= 44, link).toBe(true);
    }
    await context.close();
  });

  it('sur 20 témoignages, la première ligne des mots de la personne est dans le premier écran', async () => {
    const ids = readdirSync('content/temoignages')
      .map((f) => f.replace(/\.mdx$/, ''))
      .sort();
    const step = Math.floor(ids.length / 20);
    const sample = Array.from({ length: 20 }, (_, i) => ids[i * step]!);
    const page = await browser().newPage({ viewport: PHONE });
    const problems: string[] = [];
    for (const id of sample) {
      await page.goto(`${base}/temoignages/${id}/`);
      // Bottom of the first line of the quote: its top plus one line height.
      const firstLine = await page.locator('blockquote.quote').evaluate((q) => {
        const box = q.getBoundingClientRect();
        return box.top + parseFloat(getComputedStyle(q).lineHeight);
      });
      if (firstLine > PHONE.height) problems.push(`${id} : première ligne à ${String(Math.round(firstLine))} px`);
    }
    await page.close();
    expect(problems).toEqual([]);
  });
});
