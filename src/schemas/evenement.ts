import { z } from 'astro/zod';
import { partialDate, ref, text, themes } from './common.ts';

/**
 * Un événement daté de la chronologie (`content/evenements/<id>.yaml`).
 * Chaque champ porte son nom pour les gens (`title`) et son aide (`description`), lus par l'éditeur et `npm run nouveau`.
 */
/** Saisons possibles quand seule la saison d'un événement est connue. */
export const SAISONS = ['printemps', 'ete', 'automne', 'hiver'] as const;

export const evenementSchema = z
  .strictObject({
    date: partialDate.meta({
      title: "Date de l'événement",
      description:
        "AAAA-MM-JJ, ou AAAA-MM, ou AAAA si le jour n'est pas connu ; toujours entre guillemets. Le site l'écrit en toutes lettres (« 9 mars 2023 »).",
    }),
    saison: z
      .enum(SAISONS, { error: `doit être l'une de : ${SAISONS.join(', ')}` })
      .optional()
      .meta({
        title: 'Saison, quand le mois n’est pas connu',
        description: 'Quand seule la saison est connue : printemps, ete, automne ou hiver, avec une date AAAA (ex. « été 2023 »). Facultatif.',
      }),
    dateLibelle: z.string().optional().meta({
      title: 'Précision sur la date',
      description: 'Pourquoi la date est imprécise, ou ce qu’elle recouvre (ex. « date exacte non trouvée »). Affichée après la date. Facultatif.',
    }),
    titre: text("ce qui s'est passé").meta({ title: "Ce qui s'est passé", description: "Ce qui s'est passé, en quelques mots." }),
    description: text('le détail').meta({ title: 'Le détail', description: 'Le détail, dans nos mots.' }),
    sources: z
      .array(ref('sources'))
      .min(1, { error: 'un événement doit citer au moins une source' })
      .meta({ title: "Pages qui l'attestent", description: "Pages publiques qui l'attestent : identifiants de content/sources/." }),
    articles: z
      .array(ref('articles'))
      .optional()
      .meta({ title: "Articles de l'ordonnance concernés", description: "Articles de l'ordonnance concernés (content/articles/). Facultatif." }),
    themes,
  })
  .refine((e) => e.saison === undefined || /^\d{4}$/.test(e.date), {
    error: 'une saison va avec une année seule : écrivez date: "2023" et saison: ete, ou retirez la saison si le mois est connu',
    path: ['saison'],
  });

export type Evenement = z.infer<typeof evenementSchema>;
