/**
 * What `npm run nouveau` asks for each kind of entry, in the order it asks. The rules themselves live in the zod schemas
 * (src/schemas/): these specs only say which question to ask, which command-line option answers it and how to read the answer.
 */
import type { z } from 'astro/zod';
import { chiffreSchema, UNITES } from '../../schemas/chiffre.ts';
import { evenementSchema } from '../../schemas/evenement.ts';
import { DESTINATAIRES, propositionSchema } from '../../schemas/proposition.ts';
import { PROFILS, PUBLICATIONS, temoignageSchema } from '../../schemas/temoignage.ts';
import type { CollectionName } from '../collections.ts';

/** Key of the MDX body (the quotation, the proposal, a figure's explanation) in a draft; it is also the checker's field name. */
export const BODY = '(texte)';

/** An entry being written: schema fields, plus the body under `BODY`. */
export type Draft = Record<string, unknown>;

export type FieldKind = 'text' | 'multiline' | 'enum' | 'ref' | 'refs' | 'integer' | 'number' | 'boolean' | 'date' | 'list';

export interface FieldSpec {
  /** Schema key, or `BODY`. */
  key: string;
  /** Command-line option, without the leading `--`. */
  flag: string;
  /** The question, in French (also printed next to a missing option). */
  question: string;
  kind: FieldKind;
  /** For `ref` / `refs`: the collection the ids point to. */
  collection?: CollectionName;
  /** For `enum`: the allowed values, each with a short explanation. */
  choices?: readonly (readonly [value: string, explanation: string])[];
  /** Asked (interactively) only when this returns true. */
  when?: (draft: Draft) => boolean;
  /** Given only as a command-line option, never asked. */
  advanced?: boolean;
}

export interface TypeSpec {
  name: TypeName;
  collection: 'temoignages' | 'chiffres' | 'propositions' | 'evenements';
  /** « un témoignage » … */
  label: string;
  /** « le témoignage » … */
  the: string;
  schema: z.ZodObject;
  format: 'mdx' | 'yaml';
  /** Whether the MDX body must be written. */
  bodyRequired: boolean;
  /** Has an `ordre` computed from its source. */
  ordered: boolean;
  fields: readonly FieldSpec[];
  /**
   * A valid entry, used to check one answer at a time: the answers given so far replace its values, so that rules
   * that tie two fields together (consent and its date, a full name and `personnePublique`) apply as soon as possible.
   */
  template: Draft;
}

export const TYPE_NAMES = ['temoignage', 'chiffre', 'proposition', 'evenement'] as const;
export type TypeName = (typeof TYPE_NAMES)[number];

const source = (what: string): FieldSpec => ({
  key: 'source',
  flag: 'source',
  question: `Document d'où vient ${what} (identifiant d'un fichier de content/sources/)`,
  kind: 'ref',
  collection: 'sources',
});
const emplacement: FieldSpec = {
  key: 'emplacement',
  flag: 'emplacement',
  question: 'Où, dans ce document, un lecteur le retrouve (ex. « Question 2 », « p. 12 », « Encadré Art. 4 »)',
  kind: 'text',
};
const page: FieldSpec = { key: 'page', flag: 'page', question: 'Numéro de page dans le document (facultatif)', kind: 'integer' };
const themes: FieldSpec = {
  key: 'themes',
  flag: 'themes',
  question: 'De 1 à 3 thèmes (numéros ou identifiants, séparés par des virgules)',
  kind: 'refs',
  collection: 'themes',
};
const articles: FieldSpec = {
  key: 'articles',
  flag: 'articles',
  question: "Articles de l'ordonnance concernés (facultatif)",
  kind: 'refs',
  collection: 'articles',
};
const titre = (what: string): FieldSpec => ({ key: 'titre', flag: 'titre', question: `Titre court, dans vos mots, qui dit ${what}`, kind: 'text' });

const TEMOIGNAGE: TypeSpec = {
  name: 'temoignage',
  collection: 'temoignages',
  label: 'un témoignage',
  the: 'le témoignage',
  schema: temoignageSchema,
  format: 'mdx',
  bodyRequired: true,
  ordered: true,
  fields: [
    source('la citation'),
    emplacement,
    page,
    {
      key: 'profil',
      flag: 'profil',
      question: 'Qui parle ?',
      kind: 'enum',
      choices: PROFILS.map((p) => [
        p,
        {
          citoyen: 'une habitante, un habitant, un usager',
          professionnel: 'travail social, santé, administration…',
          officiel: 'élu·e, ministre',
          expert: 'chercheur·e, association interviewée',
        }[p],
      ]),
    },
    {
      key: 'personnePublique',
      flag: 'personne-publique',
      question: 'Cette personne parle-t-elle publiquement, en tant que telle (élu·e, ministre, expert·e nommé·e par la source) ?',
      kind: 'boolean',
      when: (d) => d['profil'] === 'officiel' || d['profil'] === 'expert',
    },
    {
      key: 'locuteur',
      flag: 'locuteur',
      question: 'Qui parle, comme la source le nomme : prénom seul (« Jamila ») ou description (« une assistante sociale »)',
      kind: 'text',
    },
    { key: 'role', flag: 'role', question: 'Fonction ou situation dite par la source (facultatif, ex. « assistante sociale »)', kind: 'text' },
    titre('de quoi parle le témoignage (jamais une citation inventée)'),
    { key: BODY, flag: 'texte', question: 'La citation, mot pour mot', kind: 'multiline' },
    themes,
    articles,
    {
      key: 'propositions',
      flag: 'propositions',
      question: 'Propositions qui répondent à ce témoignage (facultatif)',
      kind: 'refs',
      collection: 'propositions',
    },
    { key: 'annee', flag: 'annee', question: 'Année où les propos ont été tenus ou recueillis (facultatif)', kind: 'integer' },
    {
      key: 'publication',
      flag: 'publication',
      question: 'Comment ce témoignage peut-il être publié ?',
      kind: 'enum',
      choices: PUBLICATIONS.map((p) => [
        p,
        p === 'publie-par-la-source' ? 'déjà publié dans le document source' : 'recueilli par vous, avec l’accord de la personne',
      ]),
    },
    {
      key: 'consentementDate',
      flag: 'consentement-date',
      question: 'Date du consentement de la personne (AAAA-MM-JJ)',
      kind: 'date',
      when: (d) => d['publication'] === 'consentement-recueilli',
    },
    {
      key: 'anonymise',
      flag: 'anonymise',
      question: 'Avez-vous changé ou retiré le prénom pour protéger la personne ?',
      kind: 'boolean',
      when: (d) => d['publication'] === 'consentement-recueilli',
    },
    { key: 'autresEmplacements', flag: 'autres-emplacements', question: 'Autres endroits où la même citation est imprimée', kind: 'list', advanced: true },
  ],
  template: {
    titre: 'Titre',
    locuteur: 'Jamila',
    profil: 'citoyen',
    source: 'source',
    emplacement: 'p. 1',
    ordre: 10,
    themes: ['theme'],
    [BODY]: 'Citation.',
  },
};

const CHIFFRE: TypeSpec = {
  name: 'chiffre',
  collection: 'chiffres',
  label: 'un chiffre',
  the: 'le chiffre',
  schema: chiffreSchema,
  format: 'mdx',
  bodyRequired: false,
  ordered: true,
  fields: [
    source('le chiffre'),
    emplacement,
    page,
    { key: 'phrase', flag: 'phrase', question: "La phrase du document d'où vient le chiffre, mot pour mot", kind: 'text' },
    { key: 'valeur', flag: 'valeur', question: 'La valeur, en chiffres (point ou virgule décimale : 7.5)', kind: 'number' },
    {
      key: 'unite',
      flag: 'unite',
      question: 'Unité',
      kind: 'enum',
      choices: UNITES.map((u) => [u, { '%': 'pourcentage, de 0 à 100', nombre: 'un compte (personnes, lieux…)', euros: 'un montant' }[u]]),
    },
    {
      key: 'uniteLibelle',
      flag: 'unite-libelle',
      question: 'Ce qu’on compte, en clair (facultatif, ex. « agences bancaires »)',
      kind: 'text',
      when: (d) => d['unite'] === 'nombre',
    },
    { key: 'mesure', flag: 'mesure', question: 'Ce qui est mesuré (ex. « part des personnes en vulnérabilité numérique »)', kind: 'text' },
    { key: 'population', flag: 'population', question: 'Population concernée (ex. « personnes de 16 à 74 ans en Belgique »)', kind: 'text' },
    { key: 'anneeDonnees', flag: 'annee-donnees', question: 'Année des données (année de l’enquête)', kind: 'integer' },
    { key: 'anneePublication', flag: 'annee-publication', question: 'Année de publication de l’étude (facultatif)', kind: 'integer' },
    { key: 'edition', flag: 'edition', question: 'Édition de la publication d’origine (facultatif)', kind: 'text' },
    { key: 'editeur', flag: 'editeur', question: 'Qui a produit la donnée (ex. « Fondation Roi Baudouin »)', kind: 'text' },
    titre('ce que montre le chiffre'),
    themes,
    { key: 'serie', flag: 'serie', question: 'Série (graphique) à laquelle il appartient (facultatif)', kind: 'ref', collection: 'series' },
    {
      key: 'categorie',
      flag: 'categorie',
      question: 'Étiquette dans la série (ex. « 2022 », « 16–24 ans »)',
      kind: 'text',
      when: (d) => d['serie'] !== undefined,
    },
    {
      key: 'ordreCategorie',
      flag: 'ordre-categorie',
      question: 'Position de cette étiquette dans la série (1 = première)',
      kind: 'integer',
      when: (d) => d['serie'] !== undefined,
    },
    { key: BODY, flag: 'texte', question: 'Comment lire ce chiffre, dans vos mots (facultatif)', kind: 'multiline' },
    { key: 'comparerAvec', flag: 'comparer-avec', question: 'Chiffres à comparer', kind: 'refs', collection: 'chiffres', advanced: true },
    { key: 'cle', flag: 'cle', question: 'Chiffre clé (page d’accueil)', kind: 'boolean', advanced: true },
  ],
  template: {
    titre: 'Titre',
    valeur: 1,
    unite: 'nombre',
    mesure: 'mesure',
    population: 'population',
    anneeDonnees: 2020,
    editeur: 'éditeur',
    source: 'source',
    emplacement: 'p. 1',
    phrase: 'Phrase.',
    ordre: 10,
    themes: ['theme'],
  },
};

const PROPOSITION: TypeSpec = {
  name: 'proposition',
  collection: 'propositions',
  label: 'une proposition',
  the: 'la proposition',
  schema: propositionSchema,
  format: 'mdx',
  bodyRequired: true,
  ordered: true,
  fields: [
    source('la proposition'),
    emplacement,
    page,
    {
      key: 'destinataire',
      flag: 'destinataire',
      question: 'À qui s’adresse-t-elle ?',
      kind: 'enum',
      choices: DESTINATAIRES.map((d) => [
        d,
        {
          'equipes-et-institutions': 'services, équipes, institutions',
          'instances-decideuses': 'gouvernements, instances qui décident',
          communes: 'communes, CPAS',
          parlementaires: 'parlementaires',
          etat: 'État fédéral',
          employeurs: 'employeurs',
          societe: 'la société, tout le monde',
        }[d],
      ]),
    },
    titre('ce que demande la proposition'),
    { key: BODY, flag: 'texte', question: 'La proposition, mot pour mot (sous-points compris)', kind: 'multiline' },
    themes,
    articles,
    { key: 'repondA', flag: 'repond-a', question: 'Question ou problème auquel elle répond, si la source le dit (facultatif)', kind: 'text' },
  ],
  template: {
    titre: 'Titre',
    destinataire: 'communes',
    source: 'source',
    emplacement: 'p. 1',
    ordre: 10,
    themes: ['theme'],
    [BODY]: 'Proposition.',
  },
};

const EVENEMENT: TypeSpec = {
  name: 'evenement',
  collection: 'evenements',
  label: 'un événement',
  the: "l'événement",
  schema: evenementSchema,
  format: 'yaml',
  bodyRequired: false,
  ordered: false,
  fields: [
    { key: 'date', flag: 'date', question: 'Date : AAAA-MM-JJ, ou AAAA-MM, ou AAAA si le jour n’est pas connu', kind: 'date' },
    { key: 'dateLibelle', flag: 'date-libelle', question: 'Comment dire la date si elle est imprécise (facultatif, ex. « été 2023 »)', kind: 'text' },
    { key: 'titre', flag: 'titre', question: "Ce qui s'est passé, en quelques mots", kind: 'text' },
    { key: 'description', flag: 'description', question: 'Le détail, dans vos mots', kind: 'text' },
    {
      key: 'sources',
      flag: 'sources',
      question: "Pages publiques qui l'attestent (identifiants de content/sources/, séparés par des virgules)",
      kind: 'refs',
      collection: 'sources',
    },
    articles,
    themes,
  ],
  template: { date: '2024', titre: 'Titre', description: 'Description', sources: ['source'], themes: ['theme'] },
};

export const TYPES: Readonly<Record<TypeName, TypeSpec>> = {
  temoignage: TEMOIGNAGE,
  chiffre: CHIFFRE,
  proposition: PROPOSITION,
  evenement: EVENEMENT,
};

/** Reads a type as people write it: « témoignage », « Temoignages », « événement »… */
export function typeFromText(text: string): TypeName | undefined {
  const plain = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim().replace(/s$/, '');
  return TYPE_NAMES.find((t) => t === plain);
}

/** Options that are not entry fields. */
export const GLOBAL_FLAGS = ['type', 'dir', 'oui', 'interactif', 'aide', 'help', 'texte-fichier'] as const;
/** Options that never take a value (`--oui`, `--anonymise`…). */
export const BOOLEAN_FLAGS: ReadonlySet<string> = new Set([
  'oui',
  'interactif',
  'aide',
  'help',
  ...Object.values(TYPES).flatMap((t) => t.fields.filter((f) => f.kind === 'boolean').map((f) => f.flag)),
]);
