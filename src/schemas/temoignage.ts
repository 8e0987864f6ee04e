import { z } from 'astro/zod';
import { emplacement, oneOf, ordreDansLaSource, page, pastDate, ref, text, themes, year } from './common.ts';

export const PROFILS = ['citoyen', 'professionnel', 'officiel', 'expert'] as const;
export const PUBLICATIONS = ['publie-par-la-source', 'consentement-recueilli'] as const;

/**
 * Un témoignage (`content/temoignages/<id>.mdx`). Le corps du fichier est la citation, mot pour mot
 * (seuls les dégâts d'OCR sont réparés) ; tout le reste est dans l'en-tête. Chaque champ porte son nom pour les gens
 * (`title`) et son aide d'une ligne (`description`) : l'éditeur (/admin/) et `npm run nouveau` les lisent.
 */
export const temoignageSchema = z
  .strictObject({
    titre: text('titre court dans nos mots').meta({
      title: 'Titre court',
      description: 'Titre court, dans nos mots, qui dit de quoi parle le témoignage (jamais une citation inventée).',
    }),
    locuteur: text('qui parle, tel que la source le nomme').meta({
      title: 'Qui parle ?',
      description:
        'Exactement comme la source le nomme : prénom seul (« Jamila »), fonction, « une passante », « un travailleur social »… Jamais un nom inventé.',
    }),
    profil: oneOf(PROFILS).meta({
      title: 'Type de personne',
      description: 'citoyen (habitant, usager), professionnel (travail social, santé…), officiel (élu, ministre), expert (chercheur, association interviewée).',
    }),
    role: z
      .string()
      .optional()
      .meta({ title: 'Fonction ou situation', description: 'Fonction ou situation dite par la source (ex. « assistante sociale », « juriste »). Facultatif.' }),
    source: ref('sources').meta({
      title: "Document d'où vient la citation",
      description: 'Identifiant du document dans content/sources/ (le nom du fichier, sans « .yaml »).',
    }),
    emplacement,
    page: page.optional(),
    autresEmplacements: z
      .array(z.string().min(1))
      .optional()
      .meta({ title: 'Autres passages du même texte', description: 'Autres endroits où la même citation est imprimée (citation répétée dans la source).' }),
    ordre: ordreDansLaSource,
    themes,
    articles: z
      .array(ref('articles'))
      .optional()
      .meta({ title: "Articles de l'ordonnance concernés", description: "Articles de l'ordonnance dont parle le témoignage (content/articles/). Facultatif." }),
    propositions: z
      .array(ref('propositions'))
      .optional()
      .meta({ title: 'Propositions qui y répondent', description: 'Propositions qui répondent à ce témoignage (content/propositions/). Facultatif.' }),
    annee: year.optional().meta({ title: 'Année des propos', description: 'Année où les propos ont été tenus ou recueillis, si elle est connue.' }),
    publication: oneOf(PUBLICATIONS).default('publie-par-la-source').meta({
      title: 'Comment le publier',
      description: 'publie-par-la-source (repris d’un document déjà publié) ou consentement-recueilli (recueilli par nous, avec l’accord de la personne).',
    }),
    consentementDate: pastDate.optional().meta({
      title: 'Date du consentement',
      description: 'Date où la personne a donné son accord (AAAA-MM-JJ), obligatoire si le témoignage est recueilli par nous.',
    }),
    anonymise: z
      .boolean()
      .default(false)
      .meta({ title: 'Prénom changé ou retiré ?', description: 'Oui si la personne a été anonymisée (prénom changé ou retiré).' }),
    personnePublique: z.boolean().default(false).meta({
      title: 'Personne publique (élu, ministre) qui parle à ce titre ?',
      description: 'Oui seulement pour une personne publique qui parle en tant que telle (ministre, élu) : autorise son nom complet.',
    }),
  })
  .refine((t) => t.publication !== 'consentement-recueilli' || t.consentementDate !== undefined, {
    error: 'un témoignage recueilli par nous doit avoir `consentementDate` (date du consentement, AAAA-MM-JJ)',
    path: ['consentementDate'],
  })
  .refine((t) => t.personnePublique || !/^\p{Lu}[\p{L}'-]+\s+\p{Lu}[\p{L}'-]+/u.test(t.locuteur), {
    error: "un nom complet de personne privée n'est pas permis : gardez le prénom seul, ou mettez `personnePublique: true` pour un élu ou un ministre",
    path: ['locuteur'],
  });

export type Temoignage = z.infer<typeof temoignageSchema>;
