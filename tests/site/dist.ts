import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = 'dist';

/** Every file under a folder, as paths relative to it. */
export function walk(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full, base) : [relative(base, full).split(sep).join('/')];
  });
}

/** Built HTML pages (Pagefind's own files excluded), with their URL path. */
export function htmlPages(dist = DIST): { file: string; path: string; html: string }[] {
  return walk(dist)
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .map((f) => ({ file: join(dist, f), path: `/${f.replace(/index\.html$/, '').replace(/\.html$/, '')}`, html: readFileSync(join(dist, f), 'utf8') }));
}

/** One page of each template, used where a check is too slow to run on every page. */
export const TEMPLATE_SAMPLE = [
  '/',
  '/temoignages/',
  '/temoignages/theme/guichets-et-contact-humain/',
  '/temoignages/lettre-jamila-composition-de-menage/',
  '/chiffres/',
  '/chiffres/ciep-vulnerabilite-2022/',
  '/propositions/',
  '/propositions/lettre-q1-evaluer-utilite-outil/',
  '/ordonnance/',
  '/ordonnance/article-13/',
  '/evenements/2025-09-25-arret-126-2025/',
  '/chronologie/',
  '/themes/',
  '/themes/guichets-et-contact-humain/',
  '/themes/guichets-et-contact-humain/fiche/',
  '/sources/',
  '/sources/lettre-parlementaires/',
  '/graphiques/',
  '/graphiques/ciep-epn-wallonie-par-operateur/',
  '/embed/chiffres/ciep-epn-wallonie-par-operateur/',
  '/donnees/',
  '/recherche/',
  '/recherche/?q=guichet',
  '/a-propos/',
  '/plan-du-site/',
  '/une-adresse-qui-n-existe-pas/',
];
