import { z } from 'astro/zod';
import { emplacement, ref, text, themes } from './common.ts';

export const STATUTS = ['texte-lu', 'partiellement-connu', 'non-trouve'] as const;

/** Une citation d'un article par l'un des documents de départ, mot pour mot. */
const citationSchema = z.strictObject({
  /** Le passage, mot pour mot. */
  texte: text('le passage cité'),
  /** Document qui cite (content/sources/). */
  source: ref('sources'),
  /** Où, dans ce document. */
  emplacement,
});

/**
 * Un article de l'ordonnance « Bruxelles numérique », ou la fiche d'ensemble du texte (`content/articles/<id>.mdx`).
 * Le corps explique l'article dans nos mots, avec ses sources.
 */
export const articleSchema = z.strictObject({
  /** « apercu » pour la fiche d'identité du texte, « article » pour un article. */
  nature: z.enum(['apercu', 'article'], { error: 'doit être « apercu » ou « article »' }),
  /** Numéro de l'article (1 pour l'article 1er). Absent pour l'aperçu. */
  numero: z.number().int().min(1).optional(),
  /** Sujet de l'article, dans nos mots. */
  titre: text("sujet de l'article"),
  /** Chapitre, s'il est connu. */
  chapitre: z.string().optional(),
  /** Résumé en une ou deux phrases, dans nos mots. */
  resume: text('résumé dans nos mots'),
  /** Ce qu'on sait du texte de cet article : texte-lu, partiellement-connu, non-trouve. */
  statut: z.enum(STATUTS, { error: `doit être l'un de : ${STATUTS.join(', ')}` }),
  /** Référence officielle (Moniteur belge) : adresse publique. */
  urlOfficielle: z.url({ error: 'doit être une adresse web complète (https://…)' }).optional(),
  /** Pages publiques (content/sources/) qui appuient le résumé. */
  sources: z.array(ref('sources')).min(1, { error: 'un article doit citer au moins une source' }),
  /** Passages des documents de départ qui citent l'article. */
  citations: z.array(citationSchema).optional(),
  /** La critique de la campagne, dans nos mots. Facultatif. */
  critique: z.string().optional(),
  /** Ce que la campagne demande à la place (une ligne par demande). Facultatif. */
  contrePropositions: z.array(z.string().min(1)).optional(),
  /** Lecture de la Cour constitutionnelle (arrêt 126/2025), dans nos mots. Facultatif. */
  lectureCour: z.string().optional(),
  /** De 1 à 3 thèmes. */
  themes,
  /** Position dans la page de l'ordonnance. */
  ordre: z.number().int().min(1),
});

export type Article = z.infer<typeof articleSchema>;
