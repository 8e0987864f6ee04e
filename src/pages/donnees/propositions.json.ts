import type { APIRoute } from 'astro';
import { getSite } from '../../lib/site.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const rows = site.propositions.map((e) => ({
    id: e.id,
    titre: e.data.titre,
    texte: (e.body ?? '').trim(),
    destinataire: e.data.destinataire,
    source_id: e.data.source,
    source_titre: site.source(e.data.source).data.titre,
    emplacement: e.data.emplacement,
    repond_a: e.data.repondA ?? null,
    themes: e.data.themes,
    articles: e.data.articles ?? [],
  }));
  return new Response(`${JSON.stringify(rows, null, 1)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
