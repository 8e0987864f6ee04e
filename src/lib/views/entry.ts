import { t } from '../../i18n/index.ts';
import { citationHead } from '../citation.ts';
import { plainLocator } from '../locator.ts';
import { COLLECTIONS } from '../collections.ts';
import { keyOf, urlOf, type Kind } from '../graph.ts';
import { absoluteUrl, entryUrl, listUrl, sourceUrl, themeUrl } from '../routes.ts';
import type { Site } from '../site.ts';
import { cardsOf, type Card } from './cards.ts';

/**
 * View models of an entry page: everything EntryLayout and its components print, computed here from the site so that
 * components only write markup (no getSite(), no lookups).
 */

export interface Link {
  href: string;
  label: string;
}

/** A document reference under an entry: « Source », « Emplacement », « Aussi imprimé ». */
export interface SourceRefView {
  href: string;
  title: string;
  organisation: string;
  year: string;
  locator?: string | undefined;
  page?: number | undefined;
  others?: readonly string[] | undefined;
}

export function sourceRef(site: Site, id: string, locator?: string, page?: number, others?: readonly string[]): SourceRefView {
  const s = site.source(id).data;
  return {
    href: sourceUrl(id),
    title: s.titre,
    organisation: s.organisation,
    year: typeof s.annee === 'number' ? String(s.annee) : t('source.undated'),
    // Readers get the locator in plain words (src/lib/locator.ts); the source's own titles stay between « ».
    locator: locator === undefined ? undefined : plainLocator(locator),
    page,
    others: others?.map(plainLocator),
  };
}

/** A link to a theme page, with the theme's id for its pictogram. */
export interface ThemeLink extends Link {
  theme: string;
}

export const themeLinks = (site: Site, ids: readonly string[]): ThemeLink[] =>
  ids.map((id) => ({ href: themeUrl(id), label: site.theme(id).data.titre, theme: id }));

/** Links to entries named by id (an entry's articles or proposals); an unknown id keeps its id as label. */
export const entryLinks = (site: Site, kind: Kind, ids: readonly string[] = []): Link[] =>
  ids.map((id) => ({ href: entryUrl(kind, id), label: site.entry({ kind, id })?.data.titre ?? id }));

export interface EntryView {
  kind: Kind;
  kindLabel: string;
  title: string;
  /** Breadcrumb back to the collection's list. */
  list: Link;
  /** Full address of the page, printed and copied. */
  permalink: string;
  /** The citation up to « Consulté le » (the day is the reader's, added in the page). */
  citationHead: string;
  themes: ThemeLink[];
  prev?: Link | undefined;
  next?: Link | undefined;
  related: Card[];
  /** Pagefind filters and metadata of the page. */
  search: { type: string; filters: Record<string, string | readonly string[] | undefined>; meta: Record<string, string | undefined> };
}

export interface EntryInput {
  kind: Kind;
  id: string;
  title: string;
  /** Document the entry comes from and where in it (for the citation). */
  source?: string | undefined;
  locator?: string | undefined;
  themes: readonly string[];
  filters?: Record<string, string | readonly string[] | undefined>;
}

export function entryView(site: Site, e: EntryInput): EntryView {
  const node = site.graph.nodes.get(keyOf(e));
  if (!node) throw new Error(`entrée absente du graphe : ${e.kind}/${e.id}`);
  const src = e.source ? site.source(e.source).data : undefined;
  const kindLabel = t(COLLECTIONS[e.kind].singular);
  const permalink = absoluteUrl(entryUrl(e.kind, e.id));
  const { prev, next } = site.graph.prevNext(node);
  const link = (n: typeof prev): Link | undefined => (n ? { href: urlOf(n), label: n.title } : undefined);
  return {
    kind: e.kind,
    kindLabel,
    title: e.title,
    list: { href: listUrl(e.kind), label: t(COLLECTIONS[e.kind].label) },
    permalink,
    citationHead: citationHead({
      title: e.title,
      kind: kindLabel,
      sourceTitle: src?.titre,
      sourceOrganisation: src?.organisation,
      sourceYear: src?.annee,
      locator: e.locator,
    }),
    themes: themeLinks(site, e.themes),
    prev: link(prev),
    next: link(next),
    related: cardsOf(site, site.graph.related(node)),
    search: {
      type: kindLabel,
      filters: { theme: e.themes.map((th) => site.theme(th).data.titre), source: src?.organisation, ...e.filters },
      meta: { source: src ? `${src.organisation}${e.locator ? ` — ${e.locator}` : ''}` : undefined },
    },
  };
}
