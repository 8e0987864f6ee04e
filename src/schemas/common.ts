import { z } from 'astro/zod';

/** Identifiant d'entrée : minuscules, chiffres et tirets (c'est aussi le nom du fichier et l'adresse de la page). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Années plausibles pour une donnée ou une publication citée sur le site. */
export const MIN_YEAR = 1970;
export const MAX_YEAR = 2030;

/**
 * Référence à une autre entrée, par son identifiant (nom de fichier sans extension).
 * L'existence de l'entrée visée est vérifiée par `src/lib/integrity/` (Astro ne fait que journaliser).
 */
export const ref = (collection: string) =>
  z
    .string({ error: `doit être l'identifiant d'une entrée de content/${collection}/` })
    .regex(SLUG_PATTERN, { error: `doit être l'identifiant d'une entrée de content/${collection}/ (minuscules, chiffres, tirets)` });

/** Une année entière entre 1970 et 2030. */
export const year = z
  .number({ error: 'doit être une année écrite en chiffres, par exemple 2023' })
  .int({ error: 'doit être une année entière, par exemple 2023' })
  .min(MIN_YEAR, { error: `doit être une année entre ${MIN_YEAR} et ${MAX_YEAR}` })
  .max(MAX_YEAR, { error: `doit être une année entre ${MIN_YEAR} et ${MAX_YEAR}` });

/** De 1 à 3 thèmes de content/themes/, sans doublon. */
export const themes = z
  .array(ref('themes'), { error: 'doit être une liste de 1 à 3 thèmes de content/themes/' })
  .min(1, { error: 'chaque entrée doit avoir au moins 1 thème (au plus 3)' })
  .max(3, { error: 'chaque entrée a au plus 3 thèmes : gardez les plus justes' })
  .refine((list) => new Set(list).size === list.length, { error: 'le même thème est cité deux fois' });

/** Texte obligatoire et non vide. */
export const text = (what: string) =>
  z
    .string({ error: `doit être un texte (${what})` })
    .trim()
    .min(1, { error: `ne peut pas être vide (${what})` });

/** Où trouver le passage dans le document source : section, question, article, chapitre ou page, tel qu'un lecteur le retrouve. */
export const emplacement = text('où se trouve le passage dans la source, par ex. « Question 2 » ou « p. 12 »');
