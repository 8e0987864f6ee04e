import type { APIRoute } from 'astro';
import { chiffreColumns, toJsonRows } from '../../lib/open-data.ts';
import { getSite } from '../../lib/site.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(`${JSON.stringify(toJsonRows(site.chiffres, chiffreColumns(site)), null, 1)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
