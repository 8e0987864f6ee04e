import { t } from '../../i18n/index.ts';
import { quoteCardUrl, withoutBase } from '../routes.ts';
import type { Site } from '../site.ts';
import { CARD_FORMATS, cardText, type CardJob } from './index.ts';
import { cardListOfThisBuild } from './this-build.ts';
import { drawInWorker } from './workers.ts';

/** One card of one testimony: where it is published (site path, without the base) and what to draw. */
export type CardToPublish = { path: string } & CardJob;

/** Every testimony's cards, in both formats. */
export const cardsOf = (site: Site): CardToPublish[] =>
  site.temoignages.flatMap((e) =>
    CARD_FORMATS.map((format) => {
      const text = cardText(e, site.source(e.data.source).data, t('site.name'));
      return { path: withoutBase(quoteCardUrl(e.id, format.name)), format: format.name, text, title: `${text.speaker} — ${t('site.name')}` };
    }),
  );

/**
 * Starts drawing every card of the site (each at most once per build), so that the drawing runs beside the whole page
 * rendering. Called when the pages load the site (src/lib/site.ts); does nothing outside a build.
 */
export function startCards(site: Site): void {
  const started = cardListOfThisBuild();
  if (!started) return;
  for (const { path, ...job } of cardsOf(site)) {
    if (started.has(path)) continue;
    const drawing = drawInWorker(job);
    drawing.catch(() => undefined); // awaited, and reported, by the integration
    started.set(path, drawing);
  }
}
