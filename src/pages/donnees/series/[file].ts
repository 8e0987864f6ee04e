import type { APIRoute, GetStaticPaths } from 'astro';
import { layoutBars } from '../../../lib/charts/bars.ts';
import { editionsOf, seriesRows } from '../../../lib/charts/series.ts';
import { renderBarSvg } from '../../../lib/charts/svg.ts';
import { toCsv } from '../../../lib/csv.ts';
import { seriesColumns } from '../../../lib/open-data.ts';
import { getSite } from '../../../lib/site.ts';

export const getStaticPaths = (async () =>
  (await getSite()).series.flatMap((s) =>
    ['csv', 'excel.csv', 'svg'].map((ext) => ({ params: { file: ext === 'excel.csv' ? `${s.id}-excel.csv` : `${s.id}.${ext}` }, props: { id: s.id, ext } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const site = await getSite();
  const { id, ext } = props as { id: string; ext: string };
  const rows = seriesRows(id, site.chiffres);
  if (ext === 'svg') {
    const serie = site.serie(id);
    const layout = layoutBars(
      rows.map((r) => ({ id: r.id, label: r.label, value: r.value })),
      { unite: rows[0]?.unite ?? '%' },
    );
    const svg = renderBarSvg(layout, {
      id,
      title: serie.data.titre,
      desc: serie.data.constat,
      footer: `Source : ${editionsOf(rows).join(' ; ')} — Humain d'abord`,
      standalone: true,
    });
    return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, { headers: { 'Content-Type': 'image/svg+xml' } });
  }
  return new Response(toCsv(rows, seriesColumns, ext === 'csv' ? 'standard' : 'excel-be'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
