import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { renderBarSvg } from '../../../lib/charts/svg.ts';
import { toCsv } from '../../../lib/csv.ts';
import { seriesColumns } from '../../../lib/open-data.ts';
import { getSite } from '../../../lib/site.ts';
import { chartOf } from '../../../lib/views/chart.ts';

export const getStaticPaths = (async () =>
  (await getSite()).series.flatMap((s) =>
    ['csv', 'excel.csv', 'svg', 'png', 'og.png'].map((ext) => ({
      params: { file: ext === 'excel.csv' ? `${s.id}-excel.csv` : ext === 'og.png' ? `${s.id}-apercu.png` : `${s.id}.${ext}` },
      props: { id: s.id, ext },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const site = await getSite();
  const { id, ext } = props as { id: string; ext: string };
  const chart = chartOf(site, site.serie(id));
  if (ext === 'svg' || ext === 'png' || ext === 'og.png') {
    const svg = renderBarSvg(chart.layout, {
      id,
      title: chart.title,
      desc: chart.finding,
      footer: chart.footer,
      standalone: true,
      heading: ext === 'svg' ? undefined : chart.title,
    });
    if (ext === 'svg') return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, { headers: { 'Content-Type': 'image/svg+xml' } });
    // Rasterised at build time: a PNG download at twice the SVG size, and a 1200×630 social preview.
    const png = sharp(Buffer.from(svg), { density: 144 });
    const out =
      ext === 'png'
        ? await png.png({ compressionLevel: 9 }).toBuffer()
        : await png.resize(1200, 630, { fit: 'contain', background: '#ffffff' }).flatten({ background: '#ffffff' }).png({ compressionLevel: 9 }).toBuffer();
    return new Response(new Uint8Array(out), { headers: { 'Content-Type': 'image/png' } });
  }
  return new Response(toCsv(chart.rows, seriesColumns, ext === 'csv' ? 'standard' : 'excel-be'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
