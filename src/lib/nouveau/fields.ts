/**
 * What `npm run nouveau` asks for each kind of entry, derived from the zod schemas the way the editor's fields are
 * (src/lib/cms.ts): each question is the field's `.meta({ title })`, its help the `description`, its kind, choices and
 * obligation come from the schema's JSON Schema, references and the body from the collection registry. What is left
 * here is wording the schema cannot hold (« un témoignage », short explanations of choices) and the order of questions.
 */
import type { z } from 'astro/zod';
// The interface strings, read directly: this module also runs under plain Node (scripts/nouveau.ts), which needs the attribute.
import fr from '../../i18n/fr.json' with { type: 'json' };
import { schemaFields, type SchemaField } from '../../schemas/fields.ts';
import { bodyRequired, COLLECTIONS, type CollectionName } from '../collections.ts';

/** Key of the MDX body (the quotation, the proposal, a figure's explanation) in a draft; it is also the checker's field name. */
export const BODY = '(texte)';

/** An entry being written: schema fields, plus the body under `BODY`. */
export type Draft = Record<string, unknown>;

export type FieldKind = 'text' | 'multiline' | 'enum' | 'ref' | 'refs' | 'integer' | 'number' | 'boolean' | 'date' | 'list';

export interface FieldSpec {
  /** Schema key, or `BODY`. */
  key: string;
  /** Command-line option, without the leading `--`: the key in kebab case (`consentementDate` → `consentement-date`). */
  flag: string;
  /** The question, in French (the field's title; also printed next to a missing option). */
  question: string;
  /** One-line help (the field's description). */
  help?: string;
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

export const TYPE_NAMES = ['temoignage', 'chiffre', 'proposition', 'evenement'] as const;
export type TypeName = (typeof TYPE_NAMES)[number];

export interface TypeSpec {
  name: TypeName;
  collection: 'temoignages' | 'chiffres' | 'propositions' | 'evenements';
  /** « un témoignage » … */
  label: string;
  /** « le témoignage » … */
  the: string;
  schema: z.ZodObject;
  format: 'mdx' | 'yaml';
  /** Whether the MDX body must be written (the registry's `body`). */
  bodyRequired: boolean;
  /** Has an `ordre` computed from its source (never asked). */
  ordered: boolean;
  fields: readonly FieldSpec[];
  /**
   * A valid entry, used to check one answer at a time: the answers given so far replace its values, so that rules
   * that tie two fields together (consent and its date, a full name and `personnePublique`) apply as soon as possible.
   */
  template: Draft;
}

/** What the schema cannot say about one kind of entry. */
interface Wording {
  collection: TypeSpec['collection'];
  label: string;
  the: string;
  /** Order of the questions (schema keys and BODY); a schema field missing here is asked after them, in schema order. */
  order: readonly string[];
  /** Short explanation of each value of a choice. */
  choices?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Questions asked only when an earlier answer calls for them. */
  when?: Readonly<Record<string, (draft: Draft) => boolean>>;
  /** Fields given only as options. */
  advanced?: readonly string[];
  template: Draft;
}

const WORDING: Readonly<Record<TypeName, Wording>> = {
  temoignage: {
    collection: 'temoignages',
    label: 'un témoignage',
    the: 'le témoignage',
    order: [
      'source',
      'emplacement',
      'page',
      'profil',
      'personnePublique',
      'locuteur',
      'role',
      'titre',
      BODY,
      'themes',
      'articles',
      'propositions',
      'annee',
      'publication',
      'consentementDate',
      'anonymise',
      'autresEmplacements',
    ],
    choices: {
      profil: {
        citoyen: 'une habitante, un habitant, un usager',
        professionnel: 'travail social, santé, administration…',
        officiel: 'élue, élu, ministre',
        expert: 'chercheuse, chercheur, association interviewée',
      },
      publication: {
        'publie-par-la-source': 'déjà publié dans le document source',
        'consentement-recueilli': 'recueilli par vous, avec l’accord de la personne',
      },
    },
    when: {
      personnePublique: (d) => d['profil'] === 'officiel' || d['profil'] === 'expert',
      consentementDate: (d) => d['publication'] === 'consentement-recueilli',
      anonymise: (d) => d['publication'] === 'consentement-recueilli',
    },
    advanced: ['autresEmplacements'],
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
  },
  chiffre: {
    collection: 'chiffres',
    label: 'un chiffre',
    the: 'le chiffre',
    order: [
      'source',
      'emplacement',
      'page',
      'phrase',
      'valeur',
      'unite',
      'nature',
      'uniteLibelle',
      'mesure',
      'population',
      'anneeDonnees',
      'anneePublication',
      'edition',
      'barometre',
      'editionCitee',
      'editionDeduite',
      'editeur',
      'titre',
      'themes',
      'serie',
      'categorie',
      'ordreCategorie',
      BODY,
      'comparerAvec',
      'cle',
    ],
    choices: { unite: { '%': 'pourcentage, de 0 à 100', nombre: 'un compte (personnes, lieux…)', euros: 'un montant' } },
    when: {
      uniteLibelle: (d) => d['unite'] === 'nombre',
      categorie: (d) => d['serie'] !== undefined,
      ordreCategorie: (d) => d['serie'] !== undefined,
    },
    advanced: ['comparerAvec', 'cle', 'barometre', 'editionCitee', 'editionDeduite'],
    template: {
      titre: 'Titre',
      valeur: 1,
      unite: 'nombre',
      nature: 'statistique',
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
  },
  proposition: {
    collection: 'propositions',
    label: 'une proposition',
    the: 'la proposition',
    order: ['source', 'emplacement', 'page', 'destinataire', 'titre', BODY, 'themes', 'articles', 'repondA'],
    choices: {
      destinataire: {
        'equipes-et-institutions': 'services, équipes, institutions',
        'instances-decideuses': 'gouvernements, instances qui décident',
        communes: 'communes, CPAS',
        parlementaires: 'parlementaires',
        etat: 'État fédéral',
        employeurs: 'employeurs',
        societe: 'la société, tout le monde',
      },
    },
    template: {
      titre: 'Titre',
      destinataire: 'communes',
      source: 'source',
      emplacement: 'p. 1',
      ordre: 10,
      themes: ['theme'],
      [BODY]: 'Proposition.',
    },
  },
  evenement: {
    collection: 'evenements',
    label: 'un événement',
    the: "l'événement",
    order: ['date', 'saison', 'dateLibelle', 'titre', 'description', 'sources', 'articles', 'themes'],
    template: { date: '2024', titre: 'Titre', description: 'Description', sources: ['source'], themes: ['theme'] },
  },
};

const kebab = (key: string): string => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The kind of answer a field takes, from its JSON Schema and the registry's references. */
function kindOf(f: SchemaField, target: string | undefined): FieldKind {
  const s = f.json;
  if (target !== undefined) return s.type === 'array' ? 'refs' : 'ref';
  if (s.enum) return 'enum';
  if (s.type === 'boolean' || s.type === 'integer' || s.type === 'number') return s.type;
  if (s.type === 'array') return 'list';
  return s.format === 'date' ? 'date' : 'text';
}

function typeSpec(name: TypeName): TypeSpec {
  const w = WORDING[name];
  const c = COLLECTIONS[w.collection];
  const refs: Readonly<Record<string, CollectionName | undefined>> = c.refs;
  const ordered = schemaFields(c.schema).some((f) => f.key === 'ordre');
  const fromSchema = schemaFields(c.schema)
    .filter((f) => !(ordered && f.key === 'ordre'))
    .map((f): FieldSpec => {
      const target = refs[f.key];
      const kind = kindOf(f, target);
      const explain = w.choices?.[f.key] ?? {};
      return {
        key: f.key,
        flag: kebab(f.key),
        question: f.title,
        ...(f.description ? { help: f.description } : {}),
        kind,
        ...(target ? { collection: target } : {}),
        ...(f.json.enum ? { choices: f.json.enum.map((v) => [String(v), explain[String(v)] ?? ''] as const) } : {}),
        ...(w.when?.[f.key] ? { when: w.when[f.key] } : {}),
        ...(w.advanced?.includes(f.key) ? { advanced: true } : {}),
      };
    });
  const body: FieldSpec[] = 'bodyLabel' in c ? [{ key: BODY, flag: 'texte', question: fr[c.bodyLabel], kind: 'multiline' }] : [];
  const all = [...fromSchema, ...body];
  const rank = (key: string) => (w.order.includes(key) ? w.order.indexOf(key) : w.order.length);
  return {
    name,
    collection: w.collection,
    label: w.label,
    the: w.the,
    schema: c.schema,
    format: c.format,
    bodyRequired: bodyRequired(w.collection),
    ordered,
    // Stable sort: fields the order does not name keep their schema order, after the named ones.
    fields: [...all].sort((a, b) => rank(a.key) - rank(b.key)),
    template: w.template,
  };
}

export const TYPES: Readonly<Record<TypeName, TypeSpec>> = {
  temoignage: typeSpec('temoignage'),
  chiffre: typeSpec('chiffre'),
  proposition: typeSpec('proposition'),
  evenement: typeSpec('evenement'),
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
