import { z } from 'astro/zod';
import { emplacement, oneOf, ordreDansLaSource, page, ref, text, themes, year } from './common.ts';

export const UNITES = ['%', 'nombre', 'euros'] as const;

/**
 * Nature d'un chiffre : `statistique` (enquête, registre), `estimation` (ce qu'une personne ou une organisation estime,
 * sans enquête citée), `compte` (lieux, pages, personnes accueillies… comptés un à un).
 */
export const NATURES = ['statistique', 'estimation', 'compte'] as const;
export type Nature = (typeof NATURES)[number];

/**
 * Un chiffre (`content/chiffres/<id>.mdx`). Le corps, facultatif, explique le chiffre dans nos mots
 * (et, quand deux sources donnent des nombres différents pour une même idée, pourquoi).
 * Chaque champ porte son nom pour les gens (`title`) et son aide (`description`), lus par l'éditeur et `npm run nouveau`.
 */
export const chiffreSchema = z
  .strictObject({
    titre: text('titre court dans nos mots').meta({
      title: 'Titre court',
      description: 'Titre court dans nos mots, qui dit ce que montre le chiffre (ex. « Vulnérabilité numérique en Belgique, 2022 »).',
    }),
    valeur: z
      .number({ error: 'doit être un nombre écrit en chiffres, sans unité ni guillemets (ex. 46 ou 7.5)' })
      .meta({ title: 'Valeur en chiffres', description: 'La valeur, en chiffres, sans unité (point décimal : 7.5).' }),
    unite: oneOf(UNITES).meta({
      title: 'Unité de mesure',
      description: '« % » (pourcentage, 0 à 100), « nombre » (un compte) ou « euros » (un montant).',
    }),
    uniteLibelle: z.string().optional().meta({
      title: "Ce qu'on compte",
      description: 'Ce qu’on compte, en clair, pour un compte (ex. « EPN labellisés », « agences bancaires »). Facultatif.',
    }),
    nature: oneOf(
      NATURES,
      "(statistique = enquête ou registre ; estimation = avis d'une personne ou d'une organisation ; compte = lieux, pages… comptés)",
    ).meta({
      title: 'Nature du chiffre',
      description:
        '« statistique » (enquête, registre), « estimation » (ce qu’une personne ou une organisation estime, sans enquête citée) ou « compte » (lieux, pages, personnes… comptés). Une estimation n’est jamais un chiffre clé ni dans un graphique de statistiques.',
    }),
    mesure: text('ce qui est mesuré').meta({
      title: 'Ce qui est mesuré',
      description: 'Ce qui est mesuré (ex. « part des personnes en vulnérabilité numérique »).',
    }),
    population: text('population concernée').meta({
      title: 'Population concernée',
      description: 'Qui est compté (ex. « personnes de 16 à 74 ans en Belgique »).',
    }),
    anneeDonnees: year.meta({
      title: 'Année des données',
      description: "Année où les données ont été recueillies (année d'enquête ou de l'édition du baromètre).",
    }),
    anneePublication: year
      .optional()
      .meta({ title: 'Année de publication', description: "Année de publication de l'étude ou du rapport d'origine. Facultatif." }),
    edition: z.string().optional().meta({
      title: 'Édition de la publication',
      description: "Édition de la publication d'origine (ex. « Baromètre de l'inclusion numérique 2022 »). Facultatif.",
    }),
    barometre: ref('editions').optional().meta({
      title: 'Édition du baromètre',
      description:
        "Pour un chiffre du baromètre de l'inclusion numérique : l'édition (content/editions/), dont le chiffre doit avoir l'année des données. Facultatif.",
    }),
    editionCitee: z.string().optional().meta({
      title: "Passage qui nomme l'édition",
      description:
        "Quand la phrase citée ne nomme pas l'édition mais qu'un passage voisin du même document la nomme : ce passage, mot pour mot (ex. « Zoom – Baromètre de l'inclusion numérique, Fondation Roi Baudouin, 2020 »). Vérifié par `npm run report:coverage`. Facultatif.",
    }),
    editionDeduite: z
      .string({ error: "doit être un texte : pourquoi nous déduisons l'édition" })
      .trim()
      .min(20, { error: "dites en une phrase ce que dit la source et pourquoi nous en déduisons l'édition" })
      .optional()
      .meta({
        title: 'Édition déduite par nous : pourquoi',
        description:
          "Quand la source ne nomme pas l'édition et que nous la déduisons : ce que dit la source et pourquoi nous en déduisons l'édition. La page le dit. Facultatif.",
      }),
    editeur: text('qui a produit la donnée').meta({
      title: 'Qui a produit la donnée',
      description: 'Organisation qui a produit la donnée (ex. « Fondation Roi Baudouin »).',
    }),
    source: ref('sources').meta({
      title: "Document d'où vient le chiffre",
      description: 'Document du site où le chiffre est cité : identifiant dans content/sources/.',
    }),
    emplacement,
    page: page.optional(),
    phrase: text('phrase de la source, mot pour mot').meta({
      title: 'Phrase de la source, mot pour mot',
      description: "La phrase du document d'où vient le chiffre, recopiée mot pour mot.",
    }),
    themes,
    serie: ref('series')
      .optional()
      .meta({ title: 'Graphique (série)', description: 'Série à laquelle appartient le chiffre pour un graphique (content/series/). Facultatif.' }),
    categorie: z
      .string()
      .optional()
      .meta({ title: 'Étiquette dans le graphique', description: 'Étiquette dans la série (ex. « 16–24 ans », « 2022 »). Obligatoire avec un graphique.' }),
    ordreCategorie: z
      .number()
      .int()
      .min(1)
      .optional()
      .meta({ title: "Position de l'étiquette", description: "Position de l'étiquette dans la série (1 = première). Obligatoire avec un graphique." }),
    ordre: ordreDansLaSource,
    cle: z
      .boolean()
      .default(false)
      .meta({ title: "Chiffre clé (page d'accueil) ?", description: 'Oui pour les quelques chiffres clés montrés en page d’accueil.' }),
    comparerAvec: z.array(ref('chiffres')).optional().meta({
      title: 'Chiffres à comparer',
      description: 'Quand une autre source donne un autre nombre pour une idée proche : ces chiffres (le texte explique l’écart).',
    }),
  })
  .refine((c) => c.unite !== '%' || (c.valeur >= 0 && c.valeur <= 100), {
    error: 'un pourcentage doit être entre 0 et 100',
    path: ['valeur'],
  })
  .refine((c) => c.unite === '%' || c.valeur >= 0, { error: 'un compte ou un montant ne peut pas être négatif', path: ['valeur'] })
  .refine((c) => c.serie === undefined || (c.categorie !== undefined && c.ordreCategorie !== undefined), {
    error: 'un chiffre dans une `serie` doit aussi avoir `categorie` (étiquette) et `ordreCategorie` (position)',
    path: ['categorie'],
  })
  .refine((c) => c.anneePublication === undefined || c.anneePublication >= c.anneeDonnees, {
    error: "l'année de publication ne peut pas précéder l'année des données",
    path: ['anneePublication'],
  });

export type Chiffre = z.infer<typeof chiffreSchema>;
