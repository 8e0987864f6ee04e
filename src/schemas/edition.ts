import { z } from 'astro/zod';
import { oneOf, text, webUrl, year } from './common.ts';

/** Définitions de l'indicateur de compétences : l'indicateur européen a été revu pour l'enquête de 2021 (sécurité en ligne ajoutée). */
export const DEFINITIONS = ['avant-2021', 'depuis-2021'] as const;

const pourcentage = (what: string) =>
  z
    .number({ error: `doit être un pourcentage écrit en chiffres (${what})` })
    .min(0, { error: 'un pourcentage est entre 0 et 100' })
    .max(100, { error: 'un pourcentage est entre 0 et 100' });

/**
 * Une édition du baromètre de l'inclusion numérique de la Fondation Roi Baudouin (`content/editions/<id>.yaml`) :
 * l'année où elle paraît, l'année de l'enquête de Statbel qu'elle publie, son chiffre principal et ses deux parts.
 * Les chiffres qui citent une édition (champ `barometre`) doivent avoir ses années ; le graphique des éditions lit ses parts ici.
 */
export const editionSchema = z
  .strictObject({
    /** Nom de l'édition tel qu'on le cite, ex. « Baromètre de l'inclusion numérique 2024 ». */
    titre: text("nom de l'édition").meta({ title: "Nom de l'édition", description: "Ex. « Baromètre de l'inclusion numérique 2024 »." }),
    /** Année de parution de l'édition. */
    anneePublication: year.meta({ title: 'Année de parution', description: "Année où l'édition paraît (ex. 2024)." }),
    /** Année de l'enquête publiée (l'édition publie l'enquête de l'année précédente). */
    anneeDonnees: year.meta({ title: 'Année des données', description: "Année de l'enquête de Statbel publiée par l'édition (ex. 2023 pour l'édition 2024)." }),
    /** Part des 16–74 ans en vulnérabilité numérique (non-utilisateurs + compétences faibles). */
    vulnerabilite: pourcentage('vulnérabilité numérique').meta({
      title: 'Vulnérabilité numérique (%)',
      description: 'Chiffre principal : part des 16–74 ans en vulnérabilité numérique.',
    }),
    /** Part des 16–74 ans qui n'utilisent pas internet. */
    nonUtilisateurs: pourcentage('non-utilisateurs').meta({
      title: "N'utilisent pas internet (%)",
      description: "Part des 16–74 ans qui n'utilisent pas internet.",
    }),
    /** Part des 16–74 ans qui utilisent internet avec de faibles compétences numériques. */
    competencesFaibles: pourcentage('compétences faibles').meta({
      title: 'Part aux compétences faibles (%)',
      description: 'Part des 16–74 ans qui utilisent internet avec de faibles compétences numériques.',
    }),
    /** Indicateur de compétences : `avant-2021` (quatre domaines) ou `depuis-2021` (cinq, dont la sécurité en ligne). */
    definition: oneOf(DEFINITIONS).meta({
      title: 'Indicateur de compétences',
      description: '« avant-2021 » (quatre domaines) ou « depuis-2021 » (cinq domaines, dont la sécurité en ligne).',
    }),
    /** La définition en une phrase, dans nos mots. */
    noteDefinition: text('la définition en une phrase').meta({
      title: 'Définition, en une phrase',
      description: "Ce que l'indicateur de compétences mesure dans cette édition.",
    }),
    /** Qui publie l'édition. */
    editeur: text("qui publie l'édition").meta({ title: "Qui publie l'édition", description: 'Ex. « Fondation Roi Baudouin ».' }),
    /** Pages publiques qui donnent le chiffre principal, les parts et l'année des données. */
    sources: z
      .array(webUrl)
      .min(1, { error: "donnez au moins une adresse publique qui donne les chiffres de l'édition" })
      .meta({ title: 'Adresses des sources', description: "Pages publiques qui donnent les chiffres et l'année des données de l'édition." }),
  })
  .refine((e) => e.anneeDonnees < e.anneePublication, {
    error: "une édition publie l'enquête d'une année antérieure : `anneeDonnees` doit précéder `anneePublication`",
    path: ['anneeDonnees'],
  })
  .refine((e) => e.nonUtilisateurs + e.competencesFaibles === e.vulnerabilite, {
    error: '`nonUtilisateurs` + `competencesFaibles` doit faire `vulnerabilite` : vérifiez les trois chiffres dans la source',
    path: ['vulnerabilite'],
  });

export type Edition = z.infer<typeof editionSchema>;
