import { z } from 'astro/zod';
import { emplacement, oneOf, ordreDansLaSource, page, ref, text, themes } from './common.ts';

export const DESTINATAIRES = ['equipes-et-institutions', 'instances-decideuses', 'communes', 'parlementaires', 'etat', 'employeurs', 'societe'] as const;

/**
 * Une proposition, recommandation ou piste d'action (`content/propositions/<id>.mdx`).
 * Le corps reprend le texte de la source mot pour mot, sous-points (§) compris.
 * Chaque champ porte son nom pour les gens (`title`) et son aide (`description`), lus par l'éditeur et `npm run nouveau`.
 */
export const propositionSchema = z.strictObject({
  titre: text('titre court dans nos mots').meta({ title: 'Titre court', description: 'Titre court, dans nos mots, qui dit ce que demande la proposition.' }),
  destinataire: oneOf(DESTINATAIRES).meta({
    title: 'À qui elle s’adresse',
    description: 'equipes-et-institutions, instances-decideuses, communes, parlementaires, etat, employeurs ou societe.',
  }),
  source: ref('sources').meta({
    title: "Document d'où vient la proposition",
    description: 'Identifiant du document dans content/sources/ (le nom du fichier, sans « .yaml »).',
  }),
  emplacement,
  page: page.optional(),
  ordre: ordreDansLaSource,
  themes,
  articles: z
    .array(ref('articles'))
    .optional()
    .meta({ title: 'Articles auxquels elle répond', description: "Articles de l'ordonnance auxquels elle répond (content/articles/). Facultatif." }),
  repondA: z.string().optional().meta({
    title: 'Question à laquelle elle répond',
    description: 'La question ou le problème auquel elle répond, quand la source le dit (ex. « Question 3 »). Facultatif.',
  }),
});

export type Proposition = z.infer<typeof propositionSchema>;
