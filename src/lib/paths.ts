import { cut, listPages } from './facets.ts';
import { dimensions } from './lists.ts';
import type { Site } from './site.ts';

/** Every public HTML page path of the site (for the sitemap and the permalink test). */
export function publicPaths(site: Site): string[] {
  const dims = dimensions(site);
  const lists = (kind: 'temoignages' | 'chiffres' | 'propositions', items: Parameters<typeof listPages>[0], d: Parameters<typeof listPages>[1]) =>
    listPages(items, d).map((p) => `/${kind}/${p.slug ? `${p.slug}/` : ''}`);
  const all = [
    '/',
    '/temoignages/',
    '/chiffres/',
    '/propositions/',
    '/ordonnance/',
    '/chronologie/',
    '/themes/',
    '/sources/',
    '/recherche/',
    '/a-propos/',
    '/plan-du-site/',
    '/donnees/',
    '/graphiques/',
    ...site.temoignages.map((e) => `/temoignages/${e.id}/`),
    ...site.chiffres.map((e) => `/chiffres/${e.id}/`),
    ...site.propositions.map((e) => `/propositions/${e.id}/`),
    ...site.articles.map((e) => `/ordonnance/${e.id}/`),
    ...site.evenements.map((e) => `/evenements/${e.id}/`),
    ...site.themes.flatMap((e) => [`/themes/${e.id}/`, `/themes/${e.id}/fiche/`]),
    ...site.sources.flatMap((e) => cut(site.graph.bySource.get(e.id) ?? [], e.id, 60).map((p) => `/sources/${p.slug}/`)),
    ...site.series.map((e) => `/graphiques/${e.id}/`),
    ...lists('temoignages', site.temoignages, dims.temoignages as never),
    ...lists('chiffres', site.chiffres, dims.chiffres as never),
    ...lists('propositions', site.propositions, dims.propositions as never),
  ];
  return [...new Set(all)].sort();
}
