import { z } from 'astro/zod';
import { calendarDate, oneOf, text, themes } from './common.ts';

/** `brouillon`: checked but never published (no page, not listed, not searched); `publie`: built and listed. */
export const STATUTS = ['brouillon', 'publie'] as const;

/**
 * Un dossier (`content/dossiers/<id>.mdx`) : une page de campagne ou d'explication, écrite dans nos mots, où le texte
 * s'entrecoupe de preuves du site : `<Temoignage id="…"/>`, `<Chiffre id="…"/>`, `<Graphique serie="…"/>`,
 * `<Proposition id="…"/>`, `<Article id="…"/>`. Rien d'autre que ces cinq composants et du Markdown simple
 * (vérifié par src/lib/integrity/dossier-refs.ts ; chaque identifiant doit exister).
 */
export const dossierSchema = z.strictObject({
  /** Titre du dossier, dans nos mots. */
  titre: text('titre du dossier').meta({
    title: 'Titre du dossier',
    description: 'Titre du dossier, dans nos mots (ex. « Article 13 : garder des guichets pour tout le monde »).',
  }),
  /** Résumé en une ou deux phrases : description de la page, carte de la liste. */
  resume: text('résumé en une ou deux phrases').meta({
    title: 'Résumé en une ou deux phrases',
    description: 'Une ou deux phrases simples qui disent ce que montre le dossier (affiché dans la liste et sous le titre).',
  }),
  themes,
  /** Qui a écrit le dossier : une organisation (l'équipe du site : « Humain d'abord »). */
  auteur: text('qui a écrit le dossier').meta({
    title: 'Écrit par',
    description: "L'organisation qui a écrit le dossier, telle qu'elle signe (ex. « Humain d'abord » pour l'équipe du site).",
  }),
  /** Date de publication, AAAA-MM-JJ. */
  date: calendarDate.meta({ title: 'Date de publication', description: 'Jour de publication du dossier, "AAAA-MM-JJ" entre guillemets.' }),
  /** Date de la dernière mise à jour, AAAA-MM-JJ ; facultative. */
  miseAJour: calendarDate.optional().meta({ title: 'Mis à jour le', description: 'Jour de la dernière modification importante, "AAAA-MM-JJ". Facultatif.' }),
  /** `brouillon` (par défaut) : vérifié, jamais publié ; `publie` : page, liste, thèmes et recherche. */
  statut: oneOf(STATUTS)
    .default('brouillon')
    .meta({ title: 'État', description: 'brouillon (vérifié mais pas publié) ou publie (page en ligne, dans la liste, les thèmes et la recherche).' }),
});

export type Dossier = z.infer<typeof dossierSchema>;
