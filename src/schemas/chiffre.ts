import { z } from 'astro/zod';
import { emplacement, ref, text, themes, year } from './common.ts';

export const UNITES = ['%', 'nombre', 'euros'] as const;

/**
 * Un chiffre (`content/chiffres/<id>.mdx`). Le corps, facultatif, explique le chiffre dans nos mots
 * (et, quand deux sources donnent des nombres différents pour une même idée, pourquoi).
 */
export const chiffreSchema = z
  .strictObject({
    /** Titre court dans nos mots (ex. « Vulnérabilité numérique en Belgique, 2022 »). */
    titre: text('titre court dans nos mots'),
    /** La valeur, en chiffres (point décimal : 7.5). */
    valeur: z.number({ error: 'doit être un nombre écrit en chiffres, sans unité ni guillemets (ex. 46 ou 7.5)' }),
    /** Unité : « % » (pourcentage, 0 à 100), « nombre » (un compte) ou « euros ». */
    unite: z.enum(UNITES, { error: `doit être l'un de : ${UNITES.join(', ')}` }),
    /** Ce qu'on compte, en clair, pour un compte (ex. « EPN labellisés », « agences bancaires »). Facultatif. */
    uniteLibelle: z.string().optional(),
    /** Ce qui est mesuré (ex. « part des personnes en vulnérabilité numérique »). */
    mesure: text('ce qui est mesuré'),
    /** Population concernée (ex. « personnes de 16 à 74 ans en Belgique »). */
    population: text('population concernée'),
    /** Année des données (année d'enquête ou de l'édition du baromètre). */
    anneeDonnees: year,
    /** Année de publication de l'étude ou du rapport d'origine. */
    anneePublication: year.optional(),
    /** Édition de la publication d'origine (ex. « Baromètre de l'inclusion numérique 2022 »). */
    edition: z.string().optional(),
    /** Qui a produit la donnée (ex. « Fondation Roi Baudouin »). */
    editeur: text('qui a produit la donnée'),
    /** Document du site où le chiffre est cité (content/sources/). */
    source: ref('sources'),
    /** Où se trouve la phrase dans ce document. */
    emplacement,
    /** Numéro de page dans le document source, quand il est connu. */
    page: z.number().int().min(1).optional(),
    /** La phrase de la source d'où vient le chiffre, mot pour mot. */
    phrase: text('phrase de la source, mot pour mot'),
    /** De 1 à 3 thèmes. */
    themes,
    /** Série à laquelle appartient le chiffre pour un graphique (content/series/). Facultatif. */
    serie: ref('series').optional(),
    /** Étiquette dans la série (ex. « 16–24 ans », « 2022 », « Faible revenu »). Obligatoire avec `serie`. */
    categorie: z.string().optional(),
    /** Position de l'étiquette dans la série (1 = première). Obligatoire avec `serie`. */
    ordreCategorie: z.number().int().min(1).optional(),
    /** Position dans l'ordre du document source. */
    ordre: z.number({ error: 'doit être un nombre (position dans la source)' }).int().min(1),
    /** Vrai pour les quelques chiffres clés montrés en page d'accueil. */
    cle: z.boolean().default(false),
    /** Quand une autre source donne un autre nombre pour une idée proche : identifiants des chiffres à comparer (le corps explique l'écart). */
    comparerAvec: z.array(ref('chiffres')).optional(),
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
