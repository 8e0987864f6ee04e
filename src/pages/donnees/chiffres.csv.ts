import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/csv.ts';
import { chiffreColumns } from '../../lib/open-data.ts';
import { getSite } from '../../lib/site.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(toCsv(site.chiffres, chiffreColumns(site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
