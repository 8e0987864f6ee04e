import { t } from '../i18n/index.ts';
import type { Column, FieldType } from './csv.ts';
import type { Chiffre, Site } from './site.ts';

/** Places a population may name, and how the CSV column `lieu` writes them (only what the text itself says). */
const PLACES: [RegExp, string][] = [
  [/\bBruxelles-Capitale\b/, 'Région de Bruxelles-Capitale'],
  [/\bBruxell(?:es|ois)\b/, 'Bruxelles'],
  [/\bWallonie\b/, 'Wallonie'],
  [/\bFlandre\b/, 'Flandre'],
  [/\bForest\b/, 'Forest'],
  [/\bBelgique\b|\bbelges?\b/, 'Belgique'],
];

/** The place a population names (« personnes de 16 à 74 ans en Belgique » → Belgique), if it names one. */
export const placeOf = (population: string): string | undefined => PLACES.find(([re]) => re.test(population))?.[1];

/** The kind of number (statistique, estimation, compte) when the figure schema has the field; empty otherwise. */
export const natureOf = (c: Chiffre): string | undefined => {
  const data: object = c.data;
  return 'nature' in data && typeof data.nature === 'string' ? data.nature : undefined;
};

/** Columns of chiffres.csv / chiffres.json: every figure with all its provenance. */
export function chiffreColumns(site: Site): Column<Chiffre>[] {
  const source = (c: Chiffre) => site.source(c.data.source).data;
  return [
    { name: 'id', doc: 'identifiant permanent (adresse : /chiffres/<id>/)', required: true, value: (c) => c.id },
    { name: 'titre', doc: 'titre court (rédigé par le site)', required: true, value: (c) => c.data.titre },
    {
      name: 'valeur',
      doc: "la valeur, dans l'unité de la colonne unite (point décimal ; virgule dans la version tableur)",
      type: 'number',
      required: true,
      value: (c) => c.data.valeur,
    },
    { name: 'unite', doc: '« % » (pourcentage de 0 à 100), « nombre » (un compte) ou « euros »', required: true, value: (c) => c.data.unite },
    { name: 'unite_libelle', doc: 'ce qui est compté, pour un nombre', value: (c) => c.data.uniteLibelle },
    { name: 'mesure', doc: 'ce qui est mesuré', required: true, value: (c) => c.data.mesure },
    { name: 'population', doc: 'population concernée (qui est compté)', required: true, value: (c) => c.data.population },
    {
      name: 'lieu',
      doc: 'lieu nommé par la population (Belgique, Bruxelles, Wallonie…), vide si elle n’en nomme pas',
      value: (c) => placeOf(c.data.population),
    },
    { name: 'annee_donnees', doc: 'année où les données ont été recueillies', type: 'year', required: true, value: (c) => c.data.anneeDonnees },
    { name: 'annee_publication', doc: "année de publication de l'étude d'origine", type: 'year', value: (c) => c.data.anneePublication },
    { name: 'edition', doc: "édition de la publication d'origine", value: (c) => c.data.edition },
    { name: 'editeur', doc: 'qui a produit la donnée', required: true, value: (c) => c.data.editeur },
    {
      name: 'nature',
      doc: 'nature du nombre : statistique (enquête, registre), estimation (d’une personne ou d’une organisation) ou compte ; vide tant que la fiche ne le dit pas',
      value: natureOf,
    },
    { name: 'source_id', doc: 'document où le chiffre est cité (/sources/<id>/)', required: true, value: (c) => c.data.source },
    { name: 'source_titre', doc: 'titre de ce document', required: true, value: (c) => source(c).titre },
    { name: 'source_organisation', doc: 'organisation qui publie ce document', required: true, value: (c) => source(c).organisation },
    { name: 'source_annee', doc: 'année de ce document, ou « non daté »', required: true, value: (c) => source(c).annee },
    { name: 'source_adresse', doc: 'adresse web publique de ce document, vide s’il n’a pas été retrouvé en ligne', value: (c) => source(c).url },
    { name: 'emplacement', doc: 'où, dans ce document', required: true, value: (c) => c.data.emplacement },
    { name: 'page', doc: 'page, si connue', type: 'integer', value: (c) => c.data.page },
    { name: 'phrase', doc: 'la phrase de la source, mot pour mot', required: true, value: (c) => c.data.phrase },
    { name: 'themes', doc: 'thèmes (identifiants séparés par « | »)', required: true, value: (c) => c.data.themes },
    { name: 'serie', doc: 'série / graphique auquel le chiffre appartient', value: (c) => c.data.serie },
    { name: 'categorie', doc: 'étiquette dans la série', value: (c) => c.data.categorie },
    { name: 'comparer_avec', doc: "chiffres proches d'une autre source (écart expliqué sur chaque fiche)", value: (c) => c.data.comparerAvec },
  ];
}

/** Columns of the per-chart CSV files: the bars, in chart order, each with its full provenance. */
export function seriesColumns(site: Site): Column<Chiffre>[] {
  const all = new Map(chiffreColumns(site).map((c) => [c.name, c]));
  const pick = (name: string): Column<Chiffre> => {
    const column = all.get(name);
    if (!column) throw new Error(`colonne inconnue : ${name}`);
    return column;
  };
  return [
    { name: 'categorie', doc: 'étiquette de la barre (axe du graphique)', required: true, value: (c) => c.data.categorie ?? c.id },
    ...[
      'valeur',
      'unite',
      'mesure',
      'population',
      'lieu',
      'annee_donnees',
      'edition',
      'editeur',
      'nature',
      'source_titre',
      'source_adresse',
      'emplacement',
      'page',
    ].map(pick),
    { name: 'chiffre_id', doc: 'fiche du chiffre (/chiffres/<id>/)', required: true, value: (c) => c.id },
  ];
}

/** A column list as a JSON object per row (same names, same values as the CSV). */
export const toJsonRows = <T>(rows: readonly T[], columns: readonly Column<T>[]) =>
  rows.map((row) => Object.fromEntries(columns.map((c) => [c.name, c.value(row) ?? null])));

/** A Table Schema field (https://datapackage.org/standard/table-schema/). */
export interface TableField {
  name: string;
  type: FieldType;
  description: string;
  constraints?: { required: true };
}

/** The Table Schema of a CSV written with `columns`: names, types and descriptions, required fields marked. */
export const tableSchema = <T>(columns: readonly Column<T>[]) => ({
  fields: columns.map((c): TableField => ({
    name: c.name,
    type: c.type ?? 'string',
    description: c.doc,
    ...(c.required ? { constraints: { required: true as const } } : {}),
  })),
  missingValues: [''],
});

/** The figures of a series in the order of its bars (the per-chart CSV's rows). */
export const seriesChiffres = (site: Site, serieId: string): Chiffre[] =>
  site.chiffres
    .filter((c) => c.data.serie === serieId)
    .sort((a, b) => (a.data.ordreCategorie ?? 0) - (b.data.ordreCategorie ?? 0) || (a.data.categorie ?? a.id).localeCompare(b.data.categorie ?? b.id, 'fr'));

/** Licence of the site's own texts and data; quotes stay under their authors' rights. */
export const LICENCE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0 International',
} as const;

export interface PackageResource {
  name: string;
  path: string;
  title: string;
  description: string;
  format: 'csv' | 'json';
  mediatype: string;
  encoding: 'utf-8';
  schema?: ReturnType<typeof tableSchema>;
  dialect?: { delimiter: string; header: true };
}

/**
 * The Frictionless Data Package (v2) of /donnees/: every CSV with its Table Schema, the JSON files, the licence.
 * Paths are relative to datapackage.json, so the package works under any base path and once downloaded.
 */
export function dataPackage(site: Site, o: { title: string; description: string; homepage: string; created: string; licenceNote: string }) {
  const csv = (name: string, path: string, title: string, description: string, schema: ReturnType<typeof tableSchema>): PackageResource => ({
    name,
    path,
    title,
    description,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema,
    dialect: { delimiter: ',', header: true },
  });
  const json = (name: string, title: string): PackageResource => ({
    name,
    path: `${name}.json`,
    title,
    description: title,
    format: 'json',
    mediatype: 'application/json',
    encoding: 'utf-8',
  });
  const perChart = tableSchema(seriesColumns(site));
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'humain-dabord',
    title: o.title,
    description: o.description,
    homepage: o.homepage,
    created: o.created,
    licenses: [{ ...LICENCE }],
    // Not a Data Package property: a note for people, who read the licence here too.
    'x-licence-note': o.licenceNote,
    resources: [
      csv('chiffres', 'chiffres.csv', 'Chiffres', 'Tous les chiffres du site, avec leur provenance complète.', tableSchema(chiffreColumns(site))),
      json('chiffres', 'Chiffres (JSON, mêmes colonnes que chiffres.csv)'),
      json('temoignages', 'Témoignages (texte intégral et provenance)'),
      json('propositions', 'Propositions (texte intégral et provenance)'),
      ...site.series.map((s) => csv(`serie-${s.id}`, `series/${s.id}.csv`, s.data.titre, s.data.constat, perChart)),
    ].map((r, i, all) => (all.findIndex((x) => x.name === r.name) === i ? r : { ...r, name: `${r.name}-${r.format}` })),
  };
}

/** A column type in words, for /donnees/. */
export const typeLabel = (type: FieldType = 'string'): string =>
  ({
    string: t('data.types.string'),
    number: t('data.types.number'),
    integer: t('data.types.integer'),
    year: t('data.types.year'),
    boolean: t('data.types.boolean'),
  })[type];
