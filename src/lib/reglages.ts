import { reglagesSchema, type Reglages } from '../schemas/reglages.ts';
import raw from '../../reglages.ts';
import { telHref } from './views/aide.ts';

/** Validates the site settings; a bad value stops the build with a French message naming the field. */
export function parseReglages(input: unknown): Reglages {
  const r = reglagesSchema.safeParse(input);
  if (r.success) return r.data;
  const lines = r.error.issues.map((i) => `  reglages.ts ${i.path.join('.') || '(réglages)'} : ${i.message}`);
  throw new Error(`Réglages du site refusés :\n${lines.join('\n')}`);
}

/** The settings of this build (reglages.ts at the root), validated once. */
export const REGLAGES: Reglages = parseReglages(raw);

/** How to reach the organisation, ready to print; `undefined` when no contact is set (then nothing is shown). */
export interface OrgContactView {
  name?: string | undefined;
  email?: { text: string; href: string } | undefined;
  phone?: { text: string; href: string } | undefined;
  address?: readonly string[] | undefined;
}

export function orgContact(r: Reglages = REGLAGES): OrgContactView | undefined {
  if (!r.organisation && !r.courriel && !r.telephone && !r.adresse) return undefined;
  return {
    name: r.organisation,
    email: r.courriel ? { text: r.courriel, href: `mailto:${r.courriel}` } : undefined,
    // A phone number never breaks across lines.
    phone: r.telephone ? { text: r.telephone.replace(/ /g, '\u00a0'), href: telHref(r.telephone) } : undefined,
    address: r.adresse,
  };
}
