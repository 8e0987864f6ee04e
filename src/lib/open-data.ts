import type { Column } from './csv.ts';
import type { SeriesRow } from './charts/series.ts';
import type { Chiffre, Site } from './site.ts';

/** Columns of chiffres.csv / chiffres.json: every figure with all its provenance. */
export function chiffreColumns(site: Site): Column<Chiffre>[] {
  return [
    { name: 'id', doc: 'identifiant permanent (adresse : /chiffres/<id>/)', value: (c) => c.id },
    { name: 'titre', doc: 'titre court (rédigé par le site)', value: (c) => c.data.titre },
    { name: 'valeur', doc: 'la valeur, en chiffres (point décimal ; virgule dans la version tableur)', value: (c) => c.data.valeur },
    { name: 'unite', doc: '« % », « nombre » ou « euros »', value: (c) => c.data.unite },
    { name: 'unite_libelle', doc: 'ce qui est compté, pour un nombre', value: (c) => c.data.uniteLibelle },
    { name: 'mesure', doc: 'ce qui est mesuré', value: (c) => c.data.mesure },
    { name: 'population', doc: 'population concernée', value: (c) => c.data.population },
    { name: 'annee_donnees', doc: 'année des données', value: (c) => c.data.anneeDonnees },
    { name: 'annee_publication', doc: "année de publication de l'étude d'origine", value: (c) => c.data.anneePublication },
    { name: 'edition', doc: "édition de la publication d'origine", value: (c) => c.data.edition },
    { name: 'editeur', doc: 'qui a produit la donnée', value: (c) => c.data.editeur },
    { name: 'source_id', doc: 'document où le chiffre est cité (/sources/<id>/)', value: (c) => c.data.source },
    { name: 'source_titre', doc: 'titre de ce document', value: (c) => site.source(c.data.source).data.titre },
    { name: 'source_organisation', doc: 'organisation qui publie ce document', value: (c) => site.source(c.data.source).data.organisation },
    { name: 'emplacement', doc: 'où, dans ce document', value: (c) => c.data.emplacement },
    { name: 'page', doc: 'page, si connue', value: (c) => c.data.page },
    { name: 'phrase', doc: 'la phrase de la source, mot pour mot', value: (c) => c.data.phrase },
    { name: 'themes', doc: 'thèmes (identifiants séparés par « | »)', value: (c) => c.data.themes },
    { name: 'serie', doc: 'série / graphique auquel le chiffre appartient', value: (c) => c.data.serie },
    { name: 'categorie', doc: 'étiquette dans la série', value: (c) => c.data.categorie },
    { name: 'comparer_avec', doc: "chiffres proches d'une autre source (écart expliqué sur chaque fiche)", value: (c) => c.data.comparerAvec },
  ];
}

/** Columns of the per-chart CSV files. */
export const seriesColumns: Column<SeriesRow>[] = [
  { name: 'categorie', doc: 'étiquette (axe du graphique)', value: (r) => r.label },
  { name: 'valeur', doc: 'valeur', value: (r) => r.value },
  { name: 'unite', doc: 'unité', value: (r) => r.unite },
  { name: 'annee_donnees', doc: 'année des données', value: (r) => r.anneeDonnees },
  { name: 'editeur', doc: 'qui a produit la donnée', value: (r) => r.editeur },
  { name: 'edition', doc: 'édition', value: (r) => r.edition },
  { name: 'source_id', doc: 'document où le chiffre est cité', value: (r) => r.source },
  { name: 'emplacement', doc: 'où, dans ce document', value: (r) => r.emplacement },
  { name: 'chiffre_id', doc: 'fiche du chiffre (/chiffres/<id>/)', value: (r) => r.id },
];

/** A column list as a JSON object per row (same names, same values as the CSV). */
export const toJsonRows = <T>(rows: readonly T[], columns: readonly Column<T>[]) =>
  rows.map((row) => Object.fromEntries(columns.map((c) => [c.name, c.value(row) ?? null])));
