import { FORMATS, layoutCard, type CardFormat, type CardText } from './layout.ts';
import { CARD_VERSION, renderCached, type Rendered } from './render.ts';
import { cardPng } from './raster.ts';

/** A card to draw, as plain data: what the build hands to a worker thread (a type, not an interface: page props). */
export type CardJob = {
  text: CardText;
  format: CardFormat['name'];
  /** The PNG's title (who speaks and the site's name). */
  title: string;
};

const FORMAT_BY_NAME = new Map<string, CardFormat>(Object.values(FORMATS).map((f) => [f.name, f]));

/** The card's PNG file, from the cache or laid out and drawn now. */
export function drawCard({ text, format, title }: CardJob): Promise<Rendered> {
  const f = FORMAT_BY_NAME.get(format);
  if (!f) throw new Error(`format de carte inconnu : ${format}`);
  return renderCached({ text, format: f.name, v: CARD_VERSION }, () => cardPng(layoutCard(text, f), title));
}
