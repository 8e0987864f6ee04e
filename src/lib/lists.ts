import { t, tOr } from '../i18n/index.ts';
import type { FacetDimension } from './facets.ts';
import type { Chiffre, Proposition, Site, Temoignage } from './site.ts';

/**
 * Labels of the filters, shared by the list pages' filter boxes and the search page. The names are the URL segments
 * of the lists (`/temoignages/profil/…/`) and the `data-pagefind-filter` names written by the entry pages.
 */
export const FILTER_LABELS = {
  type: t('filter.label.type'),
  theme: t('filter.label.theme'),
  source: t('filter.label.source'),
  profil: t('filter.label.profil'),
  destinataire: t('filter.label.destinataire'),
  statut: t('filter.label.statut'),
  annee: t('filter.label.annee'),
  article: t('filter.label.article'),
} as const;

export type FilterName = keyof typeof FILTER_LABELS;

/** The search page's filters, in the order it shows them: every filter the entry pages give Pagefind. */
export const SEARCH_FILTERS = (['type', 'theme', 'source', 'profil', 'destinataire', 'statut', 'annee'] as const satisfies readonly FilterName[]).map(
  (name) => ({ name, label: FILTER_LABELS[name] }),
);

/** Filter dimensions of each list page, in the order they are shown. */
export function dimensions(site: Site) {
  const theme = <T extends { data: { themes: string[] } }>(): FacetDimension<T> => ({
    name: 'theme',
    label: FILTER_LABELS.theme,
    values: (e) => e.data.themes,
    labelOf: (id) => site.theme(id).data.titre,
    order: (a, b) => site.theme(a).data.ordre - site.theme(b).data.ordre,
  });
  const source = <T extends { data: { source: string } }>(): FacetDimension<T> => ({
    name: 'source',
    label: FILTER_LABELS.source,
    values: (e) => [e.data.source],
    labelOf: (id) => site.source(id).data.organisation,
    order: (a, b) => (site.source(a).data.ordre ?? 99) - (site.source(b).data.ordre ?? 99),
  });
  const article = <T extends { data: { articles?: string[] | undefined } }>(): FacetDimension<T> => ({
    name: 'article',
    label: FILTER_LABELS.article,
    values: (e) => e.data.articles ?? [],
    labelOf: (id) => {
      const a = site.article(id).data;
      return a.numero ? `Article ${String(a.numero)}` : a.titre;
    },
    order: (a, b) => (site.article(a).data.numero ?? 0) - (site.article(b).data.numero ?? 0),
  });
  return {
    temoignages: [
      theme<Temoignage>(),
      { name: 'profil', label: FILTER_LABELS.profil, values: (e) => [e.data.profil], labelOf: (v) => tOr(`profil.${v}`, v) },
      source<Temoignage>(),
      article<Temoignage>(),
    ] as FacetDimension<Temoignage>[],
    chiffres: [
      theme<Chiffre>(),
      {
        name: 'annee',
        label: t('filter.label.anneeDonnees'),
        values: (e) => [String(e.data.anneeDonnees)],
        labelOf: (v) => v,
        order: (a, b) => b.localeCompare(a),
      },
      source<Chiffre>(),
    ] as FacetDimension<Chiffre>[],
    propositions: [
      theme<Proposition>(),
      { name: 'destinataire', label: FILTER_LABELS.destinataire, values: (e) => [e.data.destinataire], labelOf: (v) => tOr(`destinataire.${v}`, v) },
      source<Proposition>(),
      article<Proposition>(),
    ] as FacetDimension<Proposition>[],
  };
}

/** The two dimensions of each list that combine (pre-rendered pairs: /temoignages/theme/<t>/profil/<p>/). */
export const COMBINED = {
  temoignages: ['theme', 'profil'],
  chiffres: ['theme', 'annee'],
  propositions: ['theme', 'destinataire'],
} as const satisfies Record<string, readonly [string, string]>;
