import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { toCsv } from '../../../lib/csv.ts';
import { seriesChiffres, seriesColumns } from '../../../lib/open-data.ts';
import { getSite } from '../../../lib/site.ts';
import { chartOf, exportSvg, thumbnailSvg } from '../../../lib/views/chart.ts';

const FILE_NAMES: Record<string, (id: string) => string> = {
  'excel.csv': (id) => `${id}-excel.csv`,
  'og.png': (id) => `${id}-apercu.png`,
  'thumb.svg': (id) => `${id}-vignette.svg`,
};

export const getStaticPaths = (async () =>
  (await getSite()).series.flatMap((s) =>
    ['csv', 'excel.csv', 'svg', 'png', 'og.png', 'thumb.svg'].map((ext) => ({
      params: { file: FILE_NAMES[ext]?.(s.id) ?? `${s.id}.${ext}` },
      props: { id: s.id, ext },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const site = await getSite();
  const { id, ext } = props as { id: string; ext: string };
  const chart = chartOf(site, site.serie(id));
  if (ext === 'thumb.svg') return new Response(`${thumbnailSvg(chart)}\n`, { headers: { 'Content-Type': 'image/svg+xml' } });
  if (ext === 'svg' || ext === 'png' || ext === 'og.png') {
    // Exported pictures use the wide drawing and carry everything a reader needs without the page: title, subtitle,
    // axis title, note and the whole source line, each wrapped inside the picture.
    const svg = exportSvg(chart, ext !== 'svg');
    if (ext === 'svg') return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, { headers: { 'Content-Type': 'image/svg+xml' } });
    // Rasterised at build time: a PNG download at twice the SVG size, and a 1200×630 social preview.
    const png = sharp(Buffer.from(svg), { density: 144 });
    const out =
      ext === 'png'
        ? await png.png({ compressionLevel: 9 }).toBuffer()
        : await png.resize(1200, 630, { fit: 'contain', background: '#ffffff' }).flatten({ background: '#ffffff' }).png({ compressionLevel: 9 }).toBuffer();
    return new Response(new Uint8Array(out), { headers: { 'Content-Type': 'image/png' } });
  }
  return new Response(toCsv(seriesChiffres(site, id), seriesColumns(site), ext === 'csv' ? 'standard' : 'excel-be'), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
