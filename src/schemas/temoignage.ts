import { z } from 'astro/zod';
import { emplacement, ref, text, themes, year } from './common.ts';

export const PROFILS = ['citoyen', 'professionnel', 'officiel', 'expert'] as const;
export const PUBLICATIONS = ['publie-par-la-source', 'consentement-recueilli'] as const;

/**
 * Un témoignage (`content/temoignages/<id>.mdx`). Le corps du fichier est la citation, mot pour mot
 * (seuls les dégâts d'OCR sont réparés) ; tout le reste est dans l'en-tête.
 */
export const temoignageSchema = z
  .strictObject({
    /** Titre court, dans nos mots, qui dit de quoi parle le témoignage (jamais une citation inventée). */
    titre: text('titre court dans nos mots'),
    /** Qui parle, exactement comme la source l'imprime : prénom, fonction, « une passante », « un travailleur social »… Jamais un nom inventé. */
    locuteur: text('qui parle, tel que la source le nomme'),
    /** Type de personne : citoyen, professionnel (travail social, santé…), officiel (élu, ministre), expert (chercheur, association interviewée). */
    profil: z.enum(PROFILS, { error: `doit être l'un de : ${PROFILS.join(', ')}` }),
    /** Fonction ou situation dite par la source (ex. « assistante sociale », « juriste »). Facultatif. */
    role: z.string().optional(),
    /** Document d'où vient la citation (identifiant dans content/sources/). */
    source: ref('sources'),
    /** Où se trouve la citation dans ce document (section, question, article, page). */
    emplacement,
    /** Numéro de page dans le document source, quand il est connu. */
    page: z.number().int().min(1).optional(),
    /** Autres endroits où la même citation est imprimée (citation répétée dans la source). */
    autresEmplacements: z.array(z.string().min(1)).optional(),
    /** Position dans l'ordre du document source (sert au tri et aux liens précédent / suivant). */
    ordre: z.number({ error: 'doit être un nombre (position dans la source)' }).int().min(1),
    /** De 1 à 3 thèmes. */
    themes,
    /** Articles de l'ordonnance dont parle le témoignage (content/articles/). Facultatif. */
    articles: z.array(ref('articles')).optional(),
    /** Propositions qui répondent à ce témoignage (content/propositions/). Facultatif. */
    propositions: z.array(ref('propositions')).optional(),
    /** Année où les propos ont été tenus ou recueillis, si elle est connue. */
    annee: year.optional(),
    /** Comment ce témoignage peut être publié : repris d'un document publié, ou consentement recueilli par nous. */
    publication: z.enum(PUBLICATIONS, { error: `doit être l'un de : ${PUBLICATIONS.join(', ')}` }).default('publie-par-la-source'),
    /** Date du consentement (AAAA-MM-JJ), obligatoire si `publication: consentement-recueilli`. */
    consentementDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'doit être une date AAAA-MM-JJ' })
      .optional(),
    /** Vrai si la personne a été anonymisée (prénom changé ou retiré). */
    anonymise: z.boolean().default(false),
    /** Vrai seulement pour une personne publique qui parle en tant que telle (ministre, élu) : autorise son nom complet. */
    personnePublique: z.boolean().default(false),
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
