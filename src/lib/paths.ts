import { facetPages } from './facets.ts';
import { dimensions } from './lists.ts';
import type { Site } from './site.ts';

/** Every public HTML page path of the site (for the sitemap and the permalink test). */
export function publicPaths(site: Site): string[] {
  const dims = dimensions(site);
  const facet = (kind: 'temoignages' | 'chiffres' | 'propositions', items: Parameters<typeof facetPages>[0], d: Parameters<typeof facetPages>[1]) =>
    facetPages(items, d).map((p) => `/${kind}/${p.dimension}/${p.value}/`);
  return [
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
    ...site.sources.map((e) => `/sources/${e.id}/`),
    ...site.series.map((e) => `/graphiques/${e.id}/`),
    ...facet('temoignages', site.temoignages, dims.temoignages as never),
    ...facet('chiffres', site.chiffres, dims.chiffres as never),
    ...facet('propositions', site.propositions, dims.propositions as never),
  ].sort();
}
