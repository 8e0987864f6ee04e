import { z } from 'astro/zod';
import { text, themes } from './common.ts';

/**
 * Une série de chiffres dessinée en graphique (`content/series/<id>.yaml`). Les valeurs viennent des chiffres qui la citent.
 * Chaque champ porte son nom pour les gens (`title`) et son aide (`description`), lus par l'éditeur.
 */
export const serieSchema = z.strictObject({
  titre: text('titre du graphique').meta({ title: 'Titre du graphique', description: 'Titre du graphique, dans nos mots.' }),
  constat: text('le constat en une phrase').meta({
    title: 'Le constat en une phrase',
    description: 'Le constat en une phrase, dans nos mots (lu par les lecteurs d’écran et affiché sous le graphique).',
  }),
  dimension: text('ce que représentent les catégories').meta({
    title: 'Ce que représentent les catégories',
    description: 'Ex. « tranche d’âge », « édition du baromètre ».',
  }),
  note: z.string().optional().meta({
    title: 'Note sous le graphique',
    description: 'Note visible quand les chiffres de la série viennent d’éditions ou de définitions différentes. Facultatif.',
  }),
  themes,
  ordre: z.number().int().min(1).meta({ title: 'Position dans la liste des graphiques', description: 'Position dans la liste des graphiques (1 = premier).' }),
});

export type Serie = z.infer<typeof serieSchema>;
