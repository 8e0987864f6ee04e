import { z } from 'astro/zod';
import { partialDate, text, webUrl } from './common.ts';

/** Comment joindre un service : un numéro, une adresse e-mail, une adresse postale, un site ou des horaires. */
export const contactSchema = z.strictObject({
  /** Nature du contact : telephone, courriel, adresse, site ou horaires. */
  type: z.enum(['telephone', 'courriel', 'adresse', 'site', 'horaires'], { error: 'doit être telephone, courriel, adresse, site ou horaires' }).meta({
    title: 'Type de contact',
    description: 'telephone, courriel, adresse, site ou horaires',
  }),
  /** Le numéro, l'adresse ou le site, recopié tel que la source l'imprime. */
  valeur: text('le contact, tel que la source l’imprime').meta({ title: 'Contact', description: 'Recopié tel que la page source l’imprime, jamais deviné.' }),
  /** Précision utile (« par courrier ou sur rendez-vous »). */
  precision: z
    .string()
    .trim()
    .min(1)
    .optional()
    .meta({ title: 'Détail utile (par exemple « sur rendez-vous »)', description: 'Par exemple « par courrier ou sur rendez-vous ».' }),
});

/** Une page publique qui atteste ce qui est dit d'un service d'aide. */
export const aideSourceSchema = z.strictObject({
  url: webUrl.meta({ title: 'Adresse de la page', description: 'La page publique consultée.' }),
  /** Date de la page source, quand elle est connue (AAAA, AAAA-MM ou AAAA-MM-JJ). */
  date: partialDate.optional().meta({ title: 'Date de la page', description: 'AAAA, AAAA-MM ou AAAA-MM-JJ, si la page la donne.' }),
});

/**
 * Un service où trouver de l'aide à Bruxelles (`content/aide/<id>.yaml`), écrit uniquement d'après
 * `../shared/context/aide-bruxelles.md` : chaque contact y figure tel quel, avec sa source.
 */
export const aideSchema = z.strictObject({
  /** Nom du service, tel qu'une personne le cherchera. */
  titre: text('nom du service').meta({ title: 'Nom du service', description: 'Tel qu’une personne le cherchera.' }),
  /** Étape du chemin d'aide : demander (à l'administration), aide-numerique, plainte ou social. */
  etape: z.enum(['demander', 'aide-numerique', 'plainte', 'social'], { error: 'doit être demander, aide-numerique, plainte ou social' }).meta({
    title: 'Que faire, et dans quel ordre ?',
    description: 'demander (à l’administration), aide-numerique, plainte ou social',
  }),
  /** Position dans son étape (1 = premier). */
  ordre: z.number({ error: 'doit être un nombre entier' }).int().min(1).meta({ title: 'Position', description: '1 = premier dans son étape.' }),
  /** Ce que le service offre, en mots simples (nos mots, d'après la source). */
  offre: text('ce que le service offre').meta({ title: 'Ce qu’il offre', description: 'En mots simples, d’après la source.' }),
  /** Conditions ou limites à connaître avant d'y aller. */
  conditions: z.string().trim().min(1).optional().meta({ title: 'À savoir avant', description: 'Conditions ou limites données par la source.' }),
  /** Comment le joindre ; absent quand aucune page consultée ne donne de contact. */
  contacts: z.array(contactSchema).default([]).meta({ title: 'Comment le joindre', description: 'Seulement les contacts imprimés sur une page consultée.' }),
  /** Information peut-être dépassée : ce qu'il faut vérifier, en mots simples (« information de 2021 : appelez pour vérifier »). */
  aVerifier: z
    .string()
    .trim()
    .min(1)
    .optional()
    .meta({ title: 'Information peut-être dépassée', description: 'Quand l’information peut être dépassée, dites-le simplement.' }),
  /** Mois où les pages sources ont été consultées (AAAA-MM). */
  verifie: z
    .string()
    .regex(/^\d{4}-\d{2}$/, { error: 'doit être un mois AAAA-MM' })
    .meta({ title: 'Vérifié en', description: 'Mois de consultation des sources, AAAA-MM.' }),
  /** Pages publiques qui attestent ce qui est dit (au moins une). */
  sources: z
    .array(aideSourceSchema)
    .min(1, { error: 'au moins une source publique' })
    .meta({ title: 'Pages publiques qui le prouvent', description: 'Pages publiques qui attestent ce qui est dit.' }),
});

export type Aide = z.infer<typeof aideSchema>;
