import { z } from 'astro/zod';
import { oneOf, text, webUrl, year } from './common.ts';

export const SOURCE_TYPES = ['lettre', 'cahier', 'fiche', 'magazine', 'page-web', 'article-presse', 'texte-legal', 'jurisprudence', 'rapport'] as const;

/**
 * Un document d'où vient une preuve (`content/sources/<id>.yaml`) : l'un des cinq documents de départ ou une page publique citée.
 * Chaque champ porte son nom pour les gens (`title`) et son aide (`description`), lus par l'éditeur.
 */
export const sourceSchema = z.strictObject({
  titre: text('titre du document').meta({ title: 'Titre du document', description: 'Titre du document tel qu’il est imprimé (ou titre de la page web).' }),
  organisation: text('organisation qui publie').meta({
    title: 'Organisation qui publie',
    description: 'Telle qu’elle se nomme (ex. « Fédération des Services Sociaux »).',
  }),
  annee: z
    .union([year, z.literal('non daté')], { error: 'doit être une année (ex. 2024) ou « non daté »' })
    .meta({ title: 'Année de publication', description: 'Année de publication, ou « non daté » quand le document ne porte pas de date.' }),
  datation: z.string().optional().meta({
    title: 'Précision sur la date',
    description: 'Quand la date est déduite (ex. « pendant la campagne 2022–2023 »). Facultatif.',
  }),
  type: oneOf(SOURCE_TYPES).meta({
    title: 'Nature du document',
    description: 'lettre, cahier, fiche, magazine, page-web, article-presse, texte-legal, jurisprudence ou rapport.',
  }),
  url: webUrl.optional().meta({ title: 'Adresse web du document', description: 'Adresse publique du document (https://…), s’il en a une.' }),
  fichier: z
    .string()
    .regex(/^\d{3}_[0-9a-f]+\.txt$/, { error: 'doit être un nom de fichier de shared/seeds/, ex. 000_453e2bf548e7828c.txt' })
    .optional()
    .meta({
      title: 'Fichier texte du document de départ',
      description: 'Pour les cinq documents de départ : nom du fichier texte dans shared/seeds/ (sert au contrôle de provenance).',
    }),
  description: text('description du document').meta({ title: 'Ce que contient le document', description: 'Ce que contient le document, dans nos mots.' }),
  ordre: z
    .number()
    .int()
    .min(1)
    .optional()
    .meta({ title: 'Position dans la liste des sources', description: 'Position dans la liste des sources (1 = première).' }),
});

export type Source = z.infer<typeof sourceSchema>;
