import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages } from '../site/dist.ts';
import { AXE_SOURCE, violationsOf } from './axe.ts';
import { serveDist } from '../../scripts/lib/server.ts';
import { useBrowser } from './suite.ts';

describe('accessibilité (axe-core, WCAG 2.0/2.1/2.2 A et AA) sur toutes les pages', () => {
  const browser = useBrowser();

  async function newPage(): Promise<Page> {
    const context = await browser().newContext();
    await context.addInitScript({ content: AXE_SOURCE });
    return context.newPage();
  }

  /** Every violation on these pages, one line each naming the page; two pages at a time. */
  async function axeProblems(base: string, paths: readonly string[]): Promise<string[]> {
    const found: string[] = [];
    let next = 0;
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
    return found;
  }

  it('zéro violation sur chaque page HTML de dist/', { timeout: 900_000 }, async () => {
    const paths = htmlPages().map((p) => p.path);
    const started = performance.now();
    const found = await axeProblems(inject('baseUrl'), paths);
    console.log(`axe : ${paths.length} pages en ${Math.round((performance.now() - started) / 1000)} s`);
    expect(found, found.slice(0, 20).join('\n')).toEqual([]);
  });

  it('le contrôle échoue sur la page cassée exprès /image-sans-alt/ et la nomme (tests/fixtures/gates/)', async () => {
    const { server, url } = await serveDist('tests/fixtures/gates/site');
    try {
      const found = await axeProblems(url, ['/', '/image-sans-alt/']);
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
    await page.close();
  });
});
