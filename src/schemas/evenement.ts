import { z } from 'astro/zod';
import { ref, text, themes } from './common.ts';

/** Un événement daté de la chronologie (`content/evenements/<id>.yaml`). */
export const evenementSchema = z.strictObject({
  /** Date : AAAA-MM-JJ, AAAA-MM ou AAAA selon ce qui est connu. */
  date: z
    .string({ error: 'doit être une date AAAA-MM-JJ, AAAA-MM ou AAAA, entre guillemets' })
    .regex(/^(19[7-9]\d|20[0-3]\d)(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
      error: 'doit être une date AAAA-MM-JJ, AAAA-MM ou AAAA (année entre 1970 et 2039), entre guillemets',
    }),
  /** Comment dire la date quand elle est imprécise (ex. « été 2023, date exacte non trouvée »). Facultatif. */
  dateLibelle: z.string().optional(),
  /** Ce qui s'est passé, en quelques mots. */
  titre: text("ce qui s'est passé"),
  /** Le détail, dans nos mots. */
  description: text('le détail'),
  /** Pages publiques qui l'attestent (content/sources/). */
  sources: z.array(ref('sources')).min(1, { error: 'un événement doit citer au moins une source' }),
  /** Articles de l'ordonnance concernés. Facultatif. */
  articles: z.array(ref('articles')).optional(),
  /** De 1 à 3 thèmes. */
  themes,
});

export type Evenement = z.infer<typeof evenementSchema>;
