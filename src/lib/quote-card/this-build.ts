import type { Rendered } from './render.ts';

/**
 * The cards of this build: site path → the cached PNG, drawn in worker threads while Astro renders the pages.
 * `astro build` runs the pages' bundle and the integrations in one process but as two module graphs: the map is kept
 * on globalThis. src/integrations/quote-cards.ts opens it at astro:build:start and writes the cards at
 * astro:build:done; outside a build (astro dev, astro check) there is none and nothing is drawn ahead.
 * A module of its own, without imports: the integration loads with the config, before the site's code exists for it.
 */
const shared = globalThis as { humainDabordQuoteCards?: Map<string, Promise<Rendered>> };

export const openCardList = (): void => {
  shared.humainDabordQuoteCards = new Map();
};

/** The list this build has opened (undefined outside a build): the pages add to it, the integration reads it. */
export const cardListOfThisBuild = (): Map<string, Promise<Rendered>> | undefined => shared.humainDabordQuoteCards;
