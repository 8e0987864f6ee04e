import { z } from 'astro/zod';

/** A Belgian number as people write it (« 02 549 67 00 », « +32 2 549 67 00 », « 0800/99.340 »): 9 or 10 digits after 0, or +32. */
const BELGIAN_PHONE = /^(?:\+32|0032|0)\d{8,9}$/;

/**
 * Réglages du site (`reglages.ts` à la racine) : l'organisation qui publie le site et comment la joindre.
 * Tout est facultatif : un contact absent n'est affiché nulle part, jamais remplacé par un contact inventé.
 */
export const reglagesSchema = z.strictObject({
  /** Nom de l'organisation qui publie le site (ex. « asbl Exemple »). Facultatif. */
  organisation: z.string().trim().min(1, { error: 'le nom de l’organisation est vide : écrivez-le ou retirez la ligne' }).optional(),
  /** Adresse e-mail où écrire pour témoigner ou retirer un témoignage. Facultatif. */
  courriel: z.email({ error: 'doit être une adresse e-mail complète, par exemple contact@exemple.org' }).optional(),
  /** Numéro de téléphone belge, écrit comme on le lit (« 02 549 67 00 » ou « +32 2 549 67 00 »). Facultatif. */
  telephone: z
    .string()
    .refine((p) => BELGIAN_PHONE.test(p.replace(/[\s./-]/g, '')), {
      error: 'doit être un numéro belge, par exemple « 02 549 67 00 » ou « +32 2 549 67 00 » (chiffres, espaces, points ou barres seulement)',
    })
    .optional(),
  /** Adresse postale, une ligne par élément (rue et numéro, code postal et commune). Facultatif. */
  adresse: z
    .array(z.string().trim().min(1, { error: 'ligne d’adresse vide : retirez-la' }))
    .min(1, { error: 'adresse vide : écrivez au moins une ligne ou retirez le champ' })
    .optional(),
});

export type Reglages = z.infer<typeof reglagesSchema>;
export type ReglagesInput = z.input<typeof reglagesSchema>;
