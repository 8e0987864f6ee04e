import { z } from 'astro/zod';
import { emplacement, oneOf, ref, text, themes, webUrl } from './common.ts';

export const STATUTS = ['texte-lu', 'partiellement-connu', 'non-trouve'] as const;

/** Une citation d'un article par l'un des documents de départ, mot pour mot. */
const citationSchema = z.strictObject({
  texte: text('le passage cité').meta({ title: 'Passage cité, mot pour mot', description: 'Le passage du document qui cite l’article, recopié mot pour mot.' }),
  source: ref('sources').meta({ title: 'Document qui cite', description: 'Identifiant du document dans content/sources/.' }),
  emplacement,
});

/**
 * Un article de l'ordonnance « Bruxelles numérique », ou la fiche d'ensemble du texte (`content/articles/<id>.mdx`).
 * Le corps explique l'article dans nos mots, avec ses sources.
 * Chaque champ porte son nom pour les gens (`title`) et son aide (`description`), lus par l'éditeur et `npm run nouveau`.
 */
export const articleSchema = z.strictObject({
  nature: z.enum(['apercu', 'article'], { error: 'doit être « apercu » ou « article »' }).meta({
    title: 'Fiche du texte ou article ?',
    description: '« apercu » pour la fiche d’identité du texte, « article » pour un article.',
  }),
  numero: z
    .number()
    .int()
    .min(1)
    .optional()
    .meta({ title: "Numéro de l'article", description: "Numéro de l'article (1 pour l'article 1er). Absent pour l'aperçu." }),
  titre: text("sujet de l'article").meta({ title: "Sujet de l'article", description: "Sujet de l'article, dans nos mots." }),
  chapitre: z.string().optional().meta({ title: "Chapitre de l'ordonnance", description: "Chapitre de l'ordonnance, s'il est connu." }),
  resume: text('résumé dans nos mots').meta({ title: 'Résumé en une ou deux phrases', description: 'Résumé en une ou deux phrases, dans nos mots.' }),
  statut: oneOf(STATUTS).meta({
    title: 'Ce qu’on sait du texte',
    description: 'texte-lu, partiellement-connu ou non-trouve.',
  }),
  urlOfficielle: webUrl
    .optional()
    .meta({ title: 'Adresse officielle (Moniteur belge)', description: 'Adresse publique de la référence officielle, https://…' }),
  sources: z
    .array(ref('sources'))
    .min(1, { error: 'un article doit citer au moins une source' })
    .meta({ title: 'Documents qui appuient le résumé', description: 'Pages publiques (content/sources/) qui appuient le résumé : au moins une.' }),
  citations: z
    .array(citationSchema)
    .optional()
    .meta({ title: "Passages qui citent l'article", description: "Passages des documents de départ qui citent l'article, mot pour mot." }),
  critique: z.string().optional().meta({ title: 'La critique de la campagne', description: 'La critique de la campagne, dans nos mots. Facultatif.' }),
  contrePropositions: z
    .array(z.string().min(1))
    .optional()
    .meta({ title: 'Ce que la campagne demande à la place', description: 'Une ligne par demande. Facultatif.' }),
  lectureCour: z.string().optional().meta({
    title: 'Lecture de la Cour constitutionnelle',
    description: 'Lecture de la Cour constitutionnelle (arrêt 126/2025), dans nos mots. Facultatif.',
  }),
  themes,
  ordre: z.number().int().min(1).meta({ title: "Position dans la page de l'ordonnance", description: "Position dans la page de l'ordonnance (1 = premier)." }),
});

export type Article = z.infer<typeof articleSchema>;
