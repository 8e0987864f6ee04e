import type { APIRoute } from 'astro';
import { getSite } from '../../lib/site.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const rows = site.temoignages.map((e) => ({
    id: e.id,
    titre: e.data.titre,
    locuteur: e.data.locuteur,
    profil: e.data.profil,
    role: e.data.role ?? null,
    citation: (e.body ?? '').trim(),
    source_id: e.data.source,
    source_titre: site.source(e.data.source).data.titre,
    emplacement: e.data.emplacement,
    page: e.data.page ?? null,
    autres_emplacements: e.data.autresEmplacements ?? [],
    themes: e.data.themes,
    articles: e.data.articles ?? [],
    propositions: e.data.propositions ?? [],
    publication: e.data.publication,
  }));
  return new Response(`${JSON.stringify(rows, null, 1)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
