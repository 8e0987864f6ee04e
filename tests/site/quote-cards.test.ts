import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { DIST, isRedirectPage } from './dist.ts';

// Built with SITE_URL=https://exemple.org at the root (the subfolder build is covered by tests/unit/quote-card-url.test.ts).
const ORIGIN = 'https://exemple.org/';
const ids = readdirSync(join(DIST, 'temoignages'), { withFileTypes: true })
  .filter(
    (d) => d.isDirectory() && existsSync(join(DIST, 'temoignages', d.name, 'index.html')) && !['page', 'theme', 'profil', 'source', 'article'].includes(d.name),
  )
  .map((d) => d.name)
  // Old addresses kept as redirect pages (src/redirects.json) are not testimonies.
  .filter((id) => !isRedirectPage(readFileSync(join(DIST, 'temoignages', id, 'index.html'), 'utf8')));

describe('quote cards in dist/', () => {
  it('finds the testimony pages', () => {
    expect(ids.length).toBeGreaterThan(200);
  });

  it('every testimony has its 1200×630 and 1080×1080 card, PNG of those sizes', async () => {
    const wrong: string[] = [];
    for (const id of ids)
      for (const [w, h] of [
        [1200, 630],
        [1080, 1080],
      ] as const) {
        const file = join(DIST, 'partage', `${id}-${w}x${h}.png`);
        if (!existsSync(file)) {
          wrong.push(`${file} manque`);
          continue;
        }
        const m = await sharp(file).metadata();
        if (m.format !== 'png' || m.width !== w || m.height !== h) wrong.push(`${file} : ${m.format} ${m.width}×${m.height}`);
      }
    expect(wrong).toEqual([]);
  });

  it('og:image of every testimony page is its 1200×630 card, absolute, with its size and a text alternative', () => {
    const wrong: string[] = [];
    for (const id of ids) {
      const html = readFileSync(join(DIST, 'temoignages', id, 'index.html'), 'utf8');
      const meta = (p: string) => new RegExp(`<meta property="${p}" content="([^"]*)"`).exec(html)?.[1];
      if (meta('og:image') !== `${ORIGIN}partage/${id}-1200x630.png`) wrong.push(`${id}: og:image ${meta('og:image') ?? '—'}`);
      if (meta('og:image:width') !== '1200' || meta('og:image:height') !== '630') wrong.push(`${id}: dimensions`);
      if (!meta('og:image:alt')?.startsWith('Citation')) wrong.push(`${id}: og:image:alt`);
    }
    expect(wrong).toEqual([]);
  });

  it('share links carry the public address, never localhost, and the copy button waits for the Clipboard API', () => {
    const html = readFileSync(join(DIST, 'temoignages', ids[0]!, 'index.html'), 'utf8');
    const share = /<section class="share[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(share).toContain(encodeURIComponent(`${ORIGIN}temoignages/${ids[0]!}/`));
    for (const host of ['wa.me', 'facebook.com', 'bsky.app', 'x.com', 'mailto:']) expect(share).toContain(host);
    expect(share).not.toMatch(/localhost/);
    expect(share).toMatch(/<button[^>]*data-copy="https:\/\/exemple\.org\/[^"]*"[^>]*hidden/);
    expect(readFileSync(join(DIST, 'js', 'enhance.js'), 'utf8')).toMatch(/navigator\.clipboard\?\.writeText/);
  });
});
