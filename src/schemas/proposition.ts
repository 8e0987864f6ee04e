import { z } from 'astro/zod';
import { emplacement, ref, text, themes } from './common.ts';

export const DESTINATAIRES = ['equipes-et-institutions', 'instances-decideuses', 'communes', 'parlementaires', 'etat', 'employeurs', 'societe'] as const;

/**
 * Une proposition, recommandation ou piste d'action (`content/propositions/<id>.mdx`).
 * Le corps reprend le texte de la source mot pour mot, sous-points (§) compris.
 */
export const propositionSchema = z.strictObject({
  /** Titre court, dans nos mots. */
  titre: text('titre court dans nos mots'),
  /** À qui elle s'adresse : equipes-et-institutions, instances-decideuses, communes, parlementaires, etat, employeurs, societe. */
  destinataire: z.enum(DESTINATAIRES, { error: `doit être l'un de : ${DESTINATAIRES.join(', ')}` }),
  /** Document d'où vient la proposition (content/sources/). */
  source: ref('sources'),
  /** Où se trouve la proposition dans ce document. */
  emplacement,
  /** Numéro de page dans le document source, quand il est connu. */
  page: z.number().int().min(1).optional(),
  /** Position dans l'ordre du document source. */
  ordre: z.number({ error: 'doit être un nombre (position dans la source)' }).int().min(1),
  /** De 1 à 3 thèmes. */
  themes,
  /** Articles de l'ordonnance auxquels elle répond. Facultatif. */
  articles: z.array(ref('articles')).optional(),
  /** La question ou le problème auquel elle répond, quand la source le dit (ex. « Question 3 »). Facultatif. */
  repondA: z.string().optional(),
});

export type Proposition = z.infer<typeof propositionSchema>;
