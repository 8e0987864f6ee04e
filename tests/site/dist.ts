// The built site's files (scripts/lib/dist.ts, shared with npm scripts) and the sample of templates the browser tests visit.
export { DIST, htmlFiles, htmlPages, isRedirectPage, walk } from '../../scripts/lib/dist.ts';

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
  '/dossiers/',
  '/dossiers/article-13-garder-des-guichets/',
  '/une-adresse-qui-n-existe-pas/',
];
