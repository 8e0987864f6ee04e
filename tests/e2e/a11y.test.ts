import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { htmlPages } from '../site/dist.ts';
import { AXE_SOURCE, violationsOf } from './axe.ts';
import { launch } from './browser.ts';

describe('accessibilité (axe-core, WCAG 2.0/2.1/2.2 A et AA) sur toutes les pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext();
    await context.addInitScript({ content: AXE_SOURCE });
    return context.newPage();
  }

  it('zéro violation sur chaque page HTML de dist/', { timeout: 900_000 }, async () => {
    const base = inject('baseUrl');
    const paths = htmlPages().map((p) => p.path);
    const found: string[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: 2 }, async () => {
        const page = await newPage();
        for (let i = next++; i < paths.length; i = next++) {
          await page.goto(`${base}${paths[i] ?? '/'}`, { waitUntil: 'load' });
          for (const v of await violationsOf(page)) found.push(`${paths[i]} : ${v.id} (${v.nodes.length}) ${v.help} — ${v.nodes[0]?.target.join(' ') ?? ''}`);
        }
        await page.close();
      }),
    );
    console.log(`axe : ${paths.length} pages en ${Math.round((performance.now() - started) / 1000)} s`);
    expect(found, found.slice(0, 20).join('\n')).toEqual([]);
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
    await page.close();
  });
});
