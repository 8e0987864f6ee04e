import type { ReglagesInput } from './src/schemas/reglages.ts';

/**
 * Réglages du site : l'organisation qui le publie et comment la joindre (voir README, « Réglages du site »).
 * Chaque champ est facultatif ; laissé vide, il n'apparaît nulle part. N'écrivez que des contacts réels.
 *
 * Exemple :
 *   organisation: 'asbl Exemple',
 *   courriel: 'contact@exemple.org',
 *   telephone: '02 123 45 67',
 *   adresse: ['Rue Exemple 1', '1000 Bruxelles'],
 */
export default {} satisfies ReglagesInput;
