import { z } from 'astro/zod';
import { text, themes } from './common.ts';

/** Une série de chiffres dessinée en graphique (`content/series/<id>.yaml`). Les valeurs viennent des chiffres qui la citent. */
export const serieSchema = z.strictObject({
  /** Titre du graphique, dans nos mots. */
  titre: text('titre du graphique'),
  /** Le constat en une phrase, dans nos mots (lu par les lecteurs d'écran et affiché sous le graphique). */
  constat: text('le constat en une phrase'),
  /** Ce que représentent les catégories (ex. « tranche d'âge », « édition du baromètre »). */
  dimension: text('ce que représentent les catégories'),
  /** Note visible quand les chiffres de la série viennent d'éditions ou de définitions différentes. Facultatif. */
  note: z.string().optional(),
  /** De 1 à 3 thèmes. */
  themes,
  /** Position dans la liste des graphiques. */
  ordre: z.number().int().min(1),
});

export type Serie = z.infer<typeof serieSchema>;
