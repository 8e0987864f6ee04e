import { NOT_REVIEWED, type Facile } from '../../schemas/facile.ts';
import { PICTOGRAMS, isPictogram } from '../pictograms-facile.ts';
import { easyReadBlocks } from '../readability.ts';
import { entryUrl, PAGES, pageUrl } from '../routes.ts';

/** The address of the page an easy-to-read text simplifies (« page/home », « themes/x », « articles/x »). */
export function simplifiedUrl(target: string): string {
  const [head, id] = target.split('/') as [string, string];
  if (head === 'page' && id in PAGES) return pageUrl(id as keyof typeof PAGES);
  if (head === 'themes' || head === 'articles') return entryUrl(head, id);
  throw new Error(`page simplifiée inconnue : ${target}`);
}

/** The easy-to-read version of a page, if one exists. */
export function easyReadOf(entries: readonly { id: string; data: Facile }[], target: string): { href: string; title: string } | undefined {
  const e = entries.find((x) => x.data.simplifie === target);
  return e && { href: entryUrl('facile', e.id), title: e.data.titre };
}

/** « mot » never breaks after « or before » (a reader would lose the quotation mark at the end of a line). */
export const keepQuotesTogether = (text: string): string => text.replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»');

export interface EasyReadBlockView {
  kind: 'idea' | 'heading';
  text: string;
  /** SVG path of the idea's pictogram. */
  picto?: string | undefined;
}

/** What an easy-to-read page shows: its ideas with their pictograms, the page it simplifies, who reviewed it. */
export function facileView(entry: { id: string; data: Facile; body?: string | undefined }) {
  return {
    title: entry.data.titre,
    blocks: easyReadBlocks(entry.body ?? '').map((b): EasyReadBlockView => ({
      kind: b.kind,
      text: keepQuotesTogether(b.text),
      picto: isPictogram(b.picto) ? PICTOGRAMS[b.picto] : undefined,
    })),
    original: simplifiedUrl(entry.data.simplifie),
    reviewed: entry.data.relecture.trim().toLowerCase() !== NOT_REVIEWED,
    reviewer: entry.data.relecture,
    date: entry.data.date,
  };
}
