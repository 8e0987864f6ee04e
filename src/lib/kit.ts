import { strongestQuotes } from './fiche.ts';
import { absoluteUrl, chartUrl, entryUrl, quoteCardUrl } from './routes.ts';
import type { Site } from './site.ts';
import { chartOf, embedSnippet } from './views/chart.ts';

/**
 * A campaign kit: what an association shares about one page (a theme today, a dossier after the merge) gathered in
 * one place. The caller gives the page's addresses and the entries; this builds what the page prints.
 */
export interface KitInput {
  /** Absolute address of the page the kit is about. */
  permalink: string;
  /** Site paths of the one-page handout and the letter (links on the kit page). */
  handout: string;
  letter?: string | undefined;
  /** Testimonies to share, strongest first. */
  quoteIds: readonly string[];
  /** Charts to embed (series ids). */
  serieIds: readonly string[];
}

export interface KitView {
  permalink: string;
  handout: string;
  letter?: string | undefined;
  /** One item per testimony: its page and its two quote card images (src/lib/quote-card/). */
  quoteCards: { id: string; titre: string; locuteur: string; href: string; url: string; landscape: string; square: string }[];
  charts: { id: string; titre: string; href: string; snippet: string }[];
  /** Addresses to share as they are (the page's own share links are ShareLinks.astro). */
  share: { label: 'page' | 'handout' | 'letter'; url: string }[];
}

export function kitView(site: Site, input: KitInput): KitView {
  const quotes = new Map(site.temoignages.map((e) => [e.id, e]));
  return {
    permalink: input.permalink,
    handout: input.handout,
    letter: input.letter,
    quoteCards: input.quoteIds.flatMap((id) => {
      const e = quotes.get(id);
      return e
        ? [
            {
              id,
              titre: e.data.titre,
              locuteur: e.data.locuteur,
              href: entryUrl('temoignages', id),
              url: absoluteUrl(entryUrl('temoignages', id)),
              landscape: quoteCardUrl(id, '1200x630'),
              square: quoteCardUrl(id, '1080x1080'),
            },
          ]
        : [];
    }),
    charts: input.serieIds.map((id) => ({ id, titre: site.serie(id).data.titre, href: chartUrl(id), snippet: embedSnippet(chartOf(site, site.serie(id))) })),
    share: [
      { label: 'page', url: input.permalink },
      { label: 'handout', url: absoluteUrl(input.handout) },
      ...(input.letter ? [{ label: 'letter' as const, url: absoluteUrl(input.letter) }] : []),
    ],
  };
}

/** A theme's kit: its 5 strongest testimonies (any length: they are shared as pages, not printed) and its charts. */
export function themeKit(site: Site, themeId: string, paths: { page: string; handout: string; letter: string }): KitView {
  const inTheme = <T extends { data: { themes: string[] } }>(list: readonly T[]) => list.filter((e) => e.data.themes.includes(themeId));
  return kitView(site, {
    permalink: absoluteUrl(paths.page),
    handout: paths.handout,
    letter: paths.letter,
    quoteIds: strongestQuotes(inTheme(site.temoignages), 5, Infinity).map((e) => e.id),
    serieIds: inTheme(site.series).map((s) => s.id),
  });
}
