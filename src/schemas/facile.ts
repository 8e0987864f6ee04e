import { z } from 'astro/zod';
import { calendarDate, text, todayInBrussels } from './common.ts';

/** Pages (keys of PAGES in src/lib/routes.ts) that have an easy-to-read version. */
export const EASY_READ_PAGES = ['home', 'help', 'ordinance', 'rights'] as const;

/** Collections whose entries may have an easy-to-read version (the ordinance's articles, the themes). */
export const EASY_READ_COLLECTIONS = ['themes', 'articles'] as const;

/** « page/home », « themes/acces-aux-droits », « articles/article-13 ». */
export const EASY_READ_TARGET = new RegExp(`^(?:page/(?:${EASY_READ_PAGES.join('|')})|(?:${EASY_READ_COLLECTIONS.join('|')})/[a-z0-9]+(?:-[a-z0-9]+)*)$`);

/** The value of `relecture` for a text that no person with reading difficulties has reviewed yet. */
export const NOT_REVIEWED = 'non relu';

/**
 * Une version « Facile à lire » d'une page (`content/facile/<id>.mdx`). Le corps suit les règles européennes du
 * facile à lire : une idée par paragraphe, chaque paragraphe commence par son pictogramme entre crochets
 * (`[guichet] Vous pouvez aller au guichet.`, noms dans src/lib/pictograms-facile.ts). Le contrôle
 * (src/lib/integrity/readability.ts) mesure chaque phrase et le score de lisibilité.
 */
export const facileSchema = z.strictObject({
  /** Titre court, en mots simples. */
  titre: text('titre en mots simples').meta({ title: 'Titre du texte facile à lire', description: 'Court, en mots simples.' }),
  /** La page simplifiée : « page/home », « page/help », « page/ordinance », « page/rights », « themes/<id> » ou « articles/<id> ». */
  simplifie: z
    .string({ error: 'doit être un texte (la page simplifiée)' })
    .regex(EASY_READ_TARGET, {
      error: `doit désigner la page simplifiée : page/${EASY_READ_PAGES.join(', page/')}, themes/<identifiant> ou articles/<identifiant>`,
    })
    .meta({ title: 'Page simplifiée', description: 'page/home, page/help, page/ordinance, page/rights, themes/<identifiant> ou articles/<identifiant>.' }),
  /** Jour de la dernière rédaction, AAAA-MM-JJ, pas dans le futur. */
  date: calendarDate
    .refine((d) => d <= todayInBrussels(), { error: () => `ne peut pas être dans le futur (aujourd'hui : ${todayInBrussels()})` })
    .meta({ title: 'Écrit le', description: 'AAAA-MM-JJ, entre guillemets.' }),
  /** Qui l'a relu : un rôle ou une organisation, jamais un nom inventé ; « non relu » tant que personne ne l'a relu. */
  relecture: text('qui a relu le texte, ou « non relu »').meta({
    title: 'Relu par',
    description: 'Un rôle ou une organisation (« groupe de lecteurs d’une association d’alphabétisation ») ; « non relu » sinon.',
  }),
});

export type Facile = z.infer<typeof facileSchema>;
