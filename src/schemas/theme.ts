import { z } from 'astro/zod';
import { text } from './common.ts';

/**
 * Un thème transversal (`content/themes/<id>.yaml`). L'identifiant est le nom du fichier.
 * Chaque champ porte son nom pour les gens (`title`) et son aide (`description`), lus par l'éditeur.
 */
export const themeSchema = z.strictObject({
  titre: text('nom du thème').meta({ title: 'Nom du thème', description: 'Nom court affiché (titre de la page du thème).' }),
  description: text('description du thème').meta({
    title: 'Ce que le thème rassemble',
    description: 'Une ou deux phrases, dans nos mots, qui disent ce que le thème rassemble.',
  }),
  ordre: z
    .number({ error: 'doit être un nombre entier (position dans la liste)' })
    .int()
    .min(1)
    .meta({ title: 'Position dans les listes', description: 'Position dans les listes de thèmes (1 = premier).' }),
});

export type Theme = z.infer<typeof themeSchema>;
