import { z } from 'astro/zod';
import { partialDate, ref, text, themes } from './common.ts';

/**
 * Un événement daté de la chronologie (`content/evenements/<id>.yaml`).
 * Chaque champ porte son nom pour les gens (`title`) et son aide (`description`), lus par l'éditeur et `npm run nouveau`.
 */
export const evenementSchema = z.strictObject({
  date: partialDate.meta({
    title: "Date de l'événement",
    description: "AAAA-MM-JJ, ou AAAA-MM, ou AAAA si le jour n'est pas connu ; toujours entre guillemets.",
  }),
  dateLibelle: z.string().optional().meta({
    title: 'La date en toutes lettres',
    description: 'Comment dire la date quand elle est imprécise (ex. « été 2023, date exacte non trouvée »). Facultatif.',
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
});

export type Evenement = z.infer<typeof evenementSchema>;
