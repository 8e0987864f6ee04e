import { plainLocator } from '../locator.ts';
import { formatValue, t, tOr } from '../../i18n/index.ts';
import { eventDateText } from '../event-date.ts';
import { urlOf, type Kind, type Node } from '../graph.ts';
import type { Site } from '../site.ts';
import { byline, excerpt, plainText } from './text.ts';
import { spellOut } from '../acronyms.ts';

/** What a list item shows of any entry: computed from the entry, rendered by EntryCard. */
export interface Card {
  kind: Kind;
  id: string;
  url: string;
  title: string;
  /** Speaker, value or addressee line. */
  lead?: string | undefined;
  excerpt?: string | undefined;
  meta: string;
  /**
   * How the card leads: `quote`, the person's words first and the speaker under them (testimonies); `number`, the
   * value first in large type and what it measures under it (figures). Otherwise the title leads.
   */
  shape?: 'quote' | 'number' | undefined;
}

/** Who speaks, under a quote: « Étienne, travaille dans une banque », or the kind of person when the source gives no role. */
export const speakerOf = (d: { locuteur: string; role?: string | undefined; profil: string }): string =>
  spellOut(d.role ? byline(d) : `${d.locuteur}, ${tOr(`profil.${d.profil}`, d.profil).toLowerCase()}`);

const excerptOf = (body: string | undefined): string | undefined => (body ? excerpt(plainText(body), 180) : undefined);

export function cardOf(site: Site, kind: Kind, id: string): Card {
  const url = urlOf({ kind, id });
  const e = site.entry({ kind, id });
  if (!e) throw new Error(`entrée inconnue : ${kind}/${id}`);
  switch (e.collection) {
    case 'temoignages':
      return {
        kind,
        id,
        url,
        title: e.data.titre,
        lead: speakerOf(e.data),
        excerpt: excerptOf(e.body),
        meta: `${site.source(e.data.source).data.organisation} · ${plainLocator(e.data.emplacement)}`,
        shape: 'quote',
      };
    case 'chiffres':
      return {
        kind,
        id,
        url,
        title: e.data.titre,
        lead: formatValue(e.data.valeur, e.data.unite),
        excerpt: `${e.data.mesure} — ${e.data.population}`,
        // An estimate says so in words before anything else: it must not read as a survey figure.
        meta: `${e.data.nature === 'estimation' ? `${t('nature.estimation')} · ` : ''}${e.data.editeur}, ${e.data.edition ?? e.data.anneeDonnees} · données ${e.data.anneeDonnees}`,
        shape: 'number',
      };
    case 'propositions':
      return {
        kind,
        id,
        url,
        title: e.data.titre,
        lead: `À l'attention de : ${tOr(`destinataire.${e.data.destinataire}`, e.data.destinataire)}`,
        excerpt: excerptOf(e.body),
        meta: `${site.source(e.data.source).data.organisation} · ${plainLocator(e.data.emplacement)}`,
      };
    case 'articles':
      return {
        kind,
        id,
        url,
        title: e.data.numero ? `Art. ${e.data.numero} — ${e.data.titre}` : e.data.titre,
        excerpt: e.data.resume,
        meta: tOr(`statut.${e.data.statut}`, e.data.statut),
      };
    case 'evenements':
      return {
        kind,
        id,
        url,
        title: e.data.titre,
        lead: eventDateText(e.data),
        excerpt: excerptOf(e.data.description),
        meta: `${e.data.sources.length} source${e.data.sources.length > 1 ? 's' : ''}`,
      };
  }
}

/** Cards of graph nodes or `{ kind, id }` pairs, in their order. */
export const cardsOf = (site: Site, items: readonly Pick<Node, 'kind' | 'id'>[]): Card[] => items.map((n) => cardOf(site, n.kind, n.id));
