import type { Aide } from '../../schemas/aide.ts';

/** The steps of the help page, in the order a person stuck with an online procedure should try them. */
export const AIDE_STEPS = ['demander', 'aide-numerique', 'plainte', 'social'] as const;
export type AideStep = (typeof AIDE_STEPS)[number];

export interface ContactView {
  type: Aide['contacts'][number]['type'];
  /** As printed by the source. */
  text: string;
  /** `tel:`, `mailto:` or web link; none for a postal address or opening hours. */
  href?: string | undefined;
  precision?: string | undefined;
}

/** « +32 2 549 67 00 », « 02 223 37 74 », « 0800/99.340 » → tel:+3225496700, tel:+3222233774, tel:+3280099340. */
export function telHref(printed: string): string {
  const digits = printed.replace(/[^\d+]/g, '');
  if (digits.startsWith('+')) return `tel:${digits}`;
  if (digits.startsWith('00')) return `tel:+${digits.slice(2)}`;
  if (digits.startsWith('0')) return `tel:+32${digits.slice(1)}`;
  throw new Error(`numéro de téléphone belge illisible : « ${printed} »`);
}

/** « www.caban.be » → https://www.caban.be/ (an address the source prints without its scheme). */
export const siteHref = (printed: string): string => new URL(/^https?:\/\//.test(printed) ? printed : `https://${printed}`).href;

export function contactView(c: Aide['contacts'][number]): ContactView {
  const href = c.type === 'telephone' ? telHref(c.valeur) : c.type === 'courriel' ? `mailto:${c.valeur}` : c.type === 'site' ? siteHref(c.valeur) : undefined;
  // A phone number never breaks across lines (non-breaking spaces between its groups).
  return { type: c.type, text: c.type === 'telephone' ? c.valeur.replace(/ /g, '\u00a0') : c.valeur, href, precision: c.precision };
}

/** The help page's sections: each step with its services, in order; empty steps are left out. */
export function aideSections<T extends { id: string; data: Aide }>(entries: readonly T[]): { step: AideStep; items: (T & { contacts: ContactView[] })[] }[] {
  return AIDE_STEPS.map((step) => ({
    step,
    items: entries
      .filter((e) => e.data.etape === step)
      .sort((a, b) => a.data.ordre - b.data.ordre || a.id.localeCompare(b.id))
      .map((e) => ({ ...e, contacts: e.data.contacts.map(contactView) })),
  })).filter((s) => s.items.length > 0);
}
