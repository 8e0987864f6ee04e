import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { htmlPages } from '../site/dist.ts';
import { launch } from './browser.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// axe-core itself (the engine @axe-core/playwright wraps), injected once per navigation and asked for violations
// only: collecting passes on 500+ pages is what made the full run slow.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

async function violationsOf(page: Page): Promise<AxeViolation[]> {
  return page.evaluate(
    async (tags) =>
      (
        await (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        })
      ).violations,
    TAGS,
  );
}

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
