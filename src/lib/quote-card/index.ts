import { byline, plainText } from '../views/text.ts';
import { FORMATS, layoutCard, type CardFormat, type CardText } from './layout.ts';

export { FORMATS, fitProblems, layoutCard, type CardFormat, type CardLayout, type CardText } from './layout.ts';

export const CARD_FORMATS: readonly CardFormat[] = [FORMATS.landscape, FORMATS.square];

/** « Les cahiers de la recherch'action #16 — Fédération des Services Sociaux » : the title up to its colon, and who published it. */
export const sourceShortTitle = (s: { titre: string; organisation: string }): string => {
  const head = s.titre.split(/\s:\s/)[0]!.trim();
  return `${head} — ${s.organisation}`;
};

/** What a testimony's card says: its words (plain text), who speaks as attributed, its source, the site's name. */
export function cardText(
  t: { body?: string | undefined; data: { locuteur: string; role?: string | undefined } },
  source: { titre: string; organisation: string },
  site: string,
): CardText {
  return { quote: plainText(t.body), speaker: byline(t.data), source: sourceShortTitle(source), site };
}

/** Whether the card had to shorten the quote (then the page says the whole text is on it). */
export const isShortened = (text: CardText, format: CardFormat = FORMATS.landscape): boolean => layoutCard(text, format).shortened;

export type { CardJob } from './draw.ts';
