import { z } from 'astro/zod';
import { text } from './common.ts';

/** Un thème transversal (`content/themes/<id>.yaml`). L'identifiant est le nom du fichier. */
export const themeSchema = z.strictObject({
  /** Nom court affiché (titre de la page du thème). */
  titre: text('nom du thème'),
  /** Une ou deux phrases, dans nos mots, qui disent ce que le thème rassemble. */
  description: text('description du thème'),
  /** Position dans les listes de thèmes (1 = premier). */
  ordre: z.number({ error: 'doit être un nombre entier (position dans la liste)' }).int().min(1),
});

export type Theme = z.infer<typeof themeSchema>;
