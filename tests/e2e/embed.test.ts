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
/** The common widths: small and larger phones, tablet, desktop. */
const WIDTHS = [320, 360, 768, 1280] as const;

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

  /**
   * What is cut at each width: each snippet's host page is loaded ONCE, then laid out at every width in turn. That
   * equals loading it at each width: neither the host page nor the embedded page has a script or a srcset, so their
   * layout is CSS only, and media queries and the frame's 100 % width follow a resize.
   */
  let cut: Promise<Map<number, string[]>> | undefined;
  const cutAt = () =>
    (cut ??= (async () => {
      const found = new Map(WIDTHS.map((width) => [width, [] as string[]]));
      const context = await browser().newContext({ viewport: { width: WIDTHS[0], height: 900 } });
      const page = await context.newPage();
      for (const s of snippets) {
        await page.setViewportSize({ width: WIDTHS[0], height: 900 });
        await page.goto(`${hostUrl}/${encodeURIComponent(s.path)}`, { waitUntil: 'load' });
        const frameEl = await page.$('iframe');
        const frame = await frameEl?.contentFrame();
        if (!frameEl || !frame) {
          for (const width of WIDTHS) found.get(width)?.push(`${s.path}: pas de cadre`);
          continue;
        }
        await frame.waitForLoadState('load');
        const height = Number(await frameEl.getAttribute('height'));
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          // The frame laid out at its new width (the host's frame box, read after the resize) before it is measured.
          const inner = await frameEl.evaluate((el) => el.clientWidth);
          await frame.waitForFunction((w) => Math.abs(window.innerWidth - w) <= 1, inner);
          const { needed, link } = await frame.evaluate(() => ({
            needed: document.documentElement.scrollHeight,
            link: document.querySelector('main > p:last-child a') !== null,
          }));
          if (needed > height) found.get(width)?.push(`${s.path}: ${String(needed)} px pour un cadre de ${String(height)} px`);
          if (!link) found.get(width)?.push(`${s.path}: pas de lien vers la page`);
          if ((width === 360 || width === 1280) && s.path.includes('vulnerabilite-par-edition')) {
            mkdirSync('reports/screenshots', { recursive: true });
            await page.screenshot({ path: `reports/screenshots/embed-${String(width)}.png`, fullPage: true });
          }
        }
      }
      await context.close();
      return found;
    })());

  for (const width of WIDTHS) {
    it(`nothing is cut at ${String(width)} px`, { timeout: 300_000 }, async () => {
      expect((await cutAt()).get(width)).toEqual([]);
    });
  }
});
