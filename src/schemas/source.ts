import { z } from 'astro/zod';
import { text, year } from './common.ts';

export const SOURCE_TYPES = ['lettre', 'cahier', 'fiche', 'magazine', 'page-web', 'article-presse', 'texte-legal', 'jurisprudence', 'rapport'] as const;

/** Un document d'où vient une preuve (`content/sources/<id>.yaml`) : l'un des cinq documents de départ ou une page publique citée. */
export const sourceSchema = z.strictObject({
  /** Titre du document tel qu'il est imprimé (ou titre de la page web). */
  titre: text('titre du document'),
  /** Organisation qui publie, telle qu'elle se nomme (ex. « Fédération des Services Sociaux »). */
  organisation: text('organisation qui publie'),
  /** Année de publication, ou « non daté » quand le document ne porte pas de date. */
  annee: z.union([year, z.literal('non daté')], { error: 'doit être une année (ex. 2024) ou « non daté »' }),
  /** Précision sur la date quand elle est déduite (ex. « pendant la campagne 2022–2023 »). Facultatif. */
  datation: z.string().optional(),
  /** Nature du document : lettre, cahier, fiche, magazine, page-web, article-presse, texte-legal, jurisprudence, rapport. */
  type: z.enum(SOURCE_TYPES, { error: `doit être l'un de : ${SOURCE_TYPES.join(', ')}` }),
  /** Adresse publique du document, s'il en a une. */
  url: z.url({ error: 'doit être une adresse web complète (https://…)' }).optional(),
  /** Pour les cinq documents de départ : nom du fichier texte dans shared/seeds/ (sert au contrôle de provenance). */
  fichier: z
    .string()
    .regex(/^\d{3}_[0-9a-f]+\.txt$/, { error: 'doit être un nom de fichier de shared/seeds/, ex. 000_453e2bf548e7828c.txt' })
    .optional(),
  /** Ce que contient le document, dans nos mots. */
  description: text('description du document'),
  /** Position dans la liste des sources. */
  ordre: z.number().int().min(1).optional(),
});

export type Source = z.infer<typeof sourceSchema>;
