import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { t } from '../../i18n/index.ts';
import { CARD_FORMATS, cardFile, cardText, renderCard } from '../../lib/quote-card/index.ts';
import { pool, type Rendered } from '../../lib/quote-card/render.ts';
import { getSite } from '../../lib/site.ts';

// Each testimony's quote cards, 1200×630 (og:image) and 1080×1080 (messaging apps), drawn once per content (cache).
const jobs = new Map<string, Promise<Rendered>>();
const limit = pool<Rendered>(2);

async function cards() {
  const site = await getSite();
  return site.temoignages.flatMap((e) =>
    CARD_FORMATS.map((format) => ({
      file: cardFile(e.id, format),
      format,
      text: cardText(e, site.source(e.data.source).data, t('site.name')),
    })),
  );
}

const job = (c: Awaited<ReturnType<typeof cards>>[number]) => {
  let p = jobs.get(c.file);
  if (!p) {
    p = limit(() => renderCard(c.text, c.format, `${c.text.speaker} — ${t('site.name')}`));
    p.catch(() => undefined); // awaited (and reported) by GET
    jobs.set(c.file, p);
  }
  return p;
};

export const getStaticPaths = (async () => {
  const list = await cards();
  // Started now: composed between pages, compressed by zlib outside the JavaScript thread while Astro renders the others.
  if (import.meta.env.PROD) for (const c of list) void job(c);
  return list.map((c) => ({ params: { file: c.file }, props: c }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { file } = await job(props as Awaited<ReturnType<typeof cards>>[number]);
  return new Response(new Uint8Array(readFileSync(file)), { headers: { 'Content-Type': 'image/png' } });
};
