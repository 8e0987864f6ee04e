import { createServer, type Server } from 'node:http';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { htmlPages } from '../site/dist.ts';
import { useBrowser } from './suite.ts';

/** The embed code of every chart page, as a person copies it from `<pre class="embed">`. */
const snippets = htmlPages()
  .filter((p) => /^\/graphiques\/[^/]+\/$/.test(p.path))
  .map((p) => ({
    path: p.path,
    code: (/<pre class="embed"><code>([\s\S]*?)<\/code><\/pre>/.exec(p.html)?.[1] ?? '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  }));

/**
 * A page of another origin (another loopback port) that pastes the embed code: at every common width the chart,
 * its source line and the link back are inside the frame's height (nothing cut), and the snippet's address is
 * the site's own, not a relative one.
 */
describe('graphiques intégrés dans un autre site', () => {
  const browser = useBrowser();
  let host: Server;
  let hostUrl = '';
  const base = inject('baseUrl');
  const site = new URL(base).origin;

  beforeAll(async () => {
    host = createServer((req, res) => {
      const snippet = snippets.find((s) => req.url === `/${encodeURIComponent(s.path)}`);
      // The snippet names the published address; the test serves the same files on this machine.
      const code = (snippet?.code ?? '').replace(/src="https?:\/\/[^/]+/, `src="${site}`);
      res.writeHead(snippet ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><html lang="fr"><title>Association</title><body style="margin:8px;font-family:sans-serif"><p>Notre campagne.</p>${code}</body></html>`,
      );
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    const address = host.address();
    hostUrl = `http://127.0.0.1:${typeof address === 'object' && address ? String(address.port) : ''}`;
  });
  afterAll(() => {
    host.close();
  });

  it('the embed code is absolute and has a height', () => {
    expect(snippets.length).toBeGreaterThan(5);
    for (const s of snippets)
      expect(s.code, s.path).toMatch(/^<iframe src="https?:\/\/[^"]+\/embed\/chiffres\/[^"]+\/" title="[^"]+" width="100%" height="\d+"/);
  });

  for (const width of [320, 360, 768, 1280]) {
    it(`nothing is cut at ${String(width)} px`, { timeout: 300_000 }, async () => {
      const context = await browser().newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const cut: string[] = [];
      for (const s of snippets) {
        await page.goto(`${hostUrl}/${encodeURIComponent(s.path)}`, { waitUntil: 'load' });
        const frameEl = await page.$('iframe');
        const frame = await frameEl?.contentFrame();
        if (!frame) {
          cut.push(`${s.path}: pas de cadre`);
          continue;
        }
        await frame.waitForLoadState('load');
        const height = Number(await frameEl!.getAttribute('height'));
        const needed = await frame.evaluate(() => document.documentElement.scrollHeight);
        const link = await frame.$('main > p:last-child a');
        if (needed > height) cut.push(`${s.path}: ${String(needed)} px pour un cadre de ${String(height)} px`);
        if (!link) cut.push(`${s.path}: pas de lien vers la page`);
        if (width === 360 || width === 1280) {
          mkdirSync('reports/screenshots', { recursive: true });
          if (s.path.includes('vulnerabilite-par-edition')) await page.screenshot({ path: `reports/screenshots/embed-${String(width)}.png`, fullPage: true });
        }
      }
      await context.close();
      expect(cut).toEqual([]);
    });
  }
});
