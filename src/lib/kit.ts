import { strongestQuotes } from './fiche.ts';
import { absoluteUrl, chartUrl, embedUrl, entryUrl } from './routes.ts';
import type { Site } from './site.ts';
import { chartOf, embedHeight } from './views/chart.ts';

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
  /**
   * Slot for the quote cards: one item per testimony, its page today; the quote card image (h-share's route) is added
   * here after the merge, from the same id.
   */
  quoteCards: { id: string; titre: string; locuteur: string; href: string; url: string }[];
  charts: { id: string; titre: string; href: string; snippet: string }[];
  /** Addresses to share as they are (the share links component comes after the merge). */
  share: { label: 'page' | 'handout' | 'letter'; url: string }[];
}

/** The `<iframe>` code of a chart, as its chart page gives it (absolute address, height for 320 px, no border). */
export const embedSnippet = (site: Site, serieId: string): string => {
  const serie = site.serie(serieId);
  return `<iframe src="${absoluteUrl(embedUrl(serieId))}" title="${serie.data.titre.replace(/"/g, '&quot;')}" width="100%" height="${embedHeight(chartOf(site, serie))}" loading="lazy" style="border:0;max-width:100%"></iframe>`;
};

export function kitView(site: Site, input: KitInput): KitView {
  const quotes = new Map(site.temoignages.map((e) => [e.id, e]));
  return {
    permalink: input.permalink,
    handout: input.handout,
    letter: input.letter,
    quoteCards: input.quoteIds.flatMap((id) => {
      const e = quotes.get(id);
      return e
        ? [{ id, titre: e.data.titre, locuteur: e.data.locuteur, href: entryUrl('temoignages', id), url: absoluteUrl(entryUrl('temoignages', id)) }]
        : [];
    }),
    charts: input.serieIds.map((id) => ({ id, titre: site.serie(id).data.titre, href: chartUrl(id), snippet: embedSnippet(site, id) })),
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
