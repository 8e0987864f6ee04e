import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { t } from '../../i18n/index.ts';
import { CARD_FORMATS, cardFile, cardText, type CardJob } from '../../lib/quote-card/index.ts';
import type { Rendered } from '../../lib/quote-card/render.ts';
import { drawInWorker } from '../../lib/quote-card/workers.ts';
import { getSite } from '../../lib/site.ts';

// Each testimony's quote cards, 1200×630 (og:image) and 1080×1080 (messaging apps), drawn once per content (cache).
const jobs = new Map<string, Promise<Rendered>>();

async function cards(): Promise<({ file: string } & CardJob)[]> {
  const site = await getSite();
  return site.temoignages.flatMap((e) =>
    CARD_FORMATS.map((format) => {
      const text = cardText(e, site.source(e.data.source).data, t('site.name'));
      return { file: cardFile(e.id, format), format: format.name, text, title: `${text.speaker} — ${t('site.name')}` };
    }),
  );
}

const job = ({ file, ...card }: Awaited<ReturnType<typeof cards>>[number]) => {
  let p = jobs.get(file);
  if (!p) {
    p = drawInWorker(card);
    p.catch(() => undefined); // awaited (and reported) by GET
    jobs.set(file, p);
  }
  return p;
};

export const getStaticPaths = (async () => {
  const list = await cards();
  // Started now, drawn in worker threads while Astro renders the other pages.
  if (import.meta.env.PROD) for (const c of list) void job(c);
  return list.map((c) => ({ params: { file: c.file }, props: c }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { file } = await job(props as Awaited<ReturnType<typeof cards>>[number]);
  return new Response(new Uint8Array(readFileSync(file)), { headers: { 'Content-Type': 'image/png' } });
};
