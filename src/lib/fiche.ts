import QRCode from 'qrcode';
import { formatValue, t } from '../i18n/index.ts';
import type { Chiffre, Temoignage } from './site.ts';
import { readDossierBody } from './integrity/dossier-refs.ts';
import { plainLocator } from './locator.ts';
import { isEstimate } from './views/key-figures.ts';
import { byline } from './views/text.ts';
import type { Nature } from '../schemas/chiffre.ts';

/**
 * What a one-page handout shows (a theme's fiche today, a dossier's after the merge): the strongest quotes, the key
 * figures newest first, one call to action and a QR code to the page. Pure selection + a view any page can render.
 */
export interface FicheCandidate {
  id: string;
  /** Length of the text that will be printed. */
  length: number;
  /** Lower is shown first. */
  rank: number;
}

export function pickForSheet(items: readonly FicheCandidate[], max: number, maxLength: number): string[] {
  return [...items]
    .filter((i) => i.length <= maxLength)
    .sort((a, b) => a.rank - b.rank || a.length - b.length || a.id.localeCompare(b.id))
    .slice(0, max)
    .map((i) => i.id);
}

const PROFIL_RANK = { citoyen: 0, professionnel: 1, officiel: 2, expert: 3 } as const;

/** The fields of a testimony the selection reads (a content entry or a test fixture). */
export interface QuoteLike {
  id: string;
  body?: string | undefined;
  data: { profil: keyof typeof PROFIL_RANK; articles?: string[] | undefined; propositions?: string[] | undefined };
}

/** The fields of a figure the selection reads (estimates are never printed). */
export interface FigureLike {
  id: string;
  data: { anneeDonnees: number; unite: string; nature: Nature };
}

/** A quote is printed on one line of a sheet: paragraphs joined. */
export const quoteText = (body: string | undefined): string => (body ?? '').trim().replace(/\s*\n\s*\n\s*/g, ' ');

/** Longest quote a handout prints: longer ones take a third of the page and are read online. */
export const HANDOUT_QUOTE_MAX = 420;

/**
 * « Strongest » quotes: a person speaking of their own life first (citizens, then professionals, officials, experts),
 * then the quote that backs most of the case (links to criticised articles and to proposals), then the shorter one.
 */
export function strongestQuotes<T extends QuoteLike>(list: readonly T[], max: number, maxLength = HANDOUT_QUOTE_MAX): T[] {
  const byId = new Map(list.map((e) => [e.id, e]));
  const links = (e: QuoteLike) => (e.data.articles?.length ?? 0) + (e.data.propositions?.length ?? 0);
  return pickForSheet(
    // Rank: profile first (×100), then more links first; pickForSheet then prefers the shorter quote.
    list.map((e) => ({ id: e.id, length: quoteText(e.body).length, rank: PROFIL_RANK[e.data.profil] * 100 - Math.min(links(e), 99) })),
    max,
    maxLength,
  ).map((id) => byId.get(id)!);
}

/** The figures a handout or a letter prints: measured numbers only, newest data year first, then shares (%) before counts. */
export function newestFigures<T extends FigureLike>(list: readonly T[], max: number): T[] {
  return list
    .filter((f) => !isEstimate(f))
    .map((f, i) => ({ f, i }))
    .sort((a, b) => b.f.data.anneeDonnees - a.f.data.anneeDonnees || Number(b.f.data.unite === '%') - Number(a.f.data.unite === '%') || a.i - b.i)
    .slice(0, max)
    .map(({ f }) => f);
}

interface SiteEntries {
  temoignages: readonly Temoignage[];
  chiffres: readonly Chiffre[];
}

/** What a theme's printable sheet shows, in print order: 3 quotes and 4 figures fit one A4 page with the QR and the contact box. */
export function ficheSelection(site: SiteEntries, themeId: string): { temoignages: Temoignage[]; chiffres: Chiffre[] } {
  const inTheme = <T extends { data: { themes: string[] } }>(list: readonly T[]) => list.filter((e) => e.data.themes.includes(themeId));
  return { temoignages: strongestQuotes(inTheme(site.temoignages), 3), chiffres: newestFigures(inTheme(site.chiffres), 4) };
}

/**
 * What a dossier's handout shows: the testimonies and figures the dossier itself embeds (`<Temoignage id>`,
 * `<Chiffre id>`), ranked and cut as on a theme's sheet.
 */
export function dossierSelection(site: SiteEntries, body: string): { temoignages: Temoignage[]; chiffres: Chiffre[] } {
  const refs = readDossierBody(body).refs;
  const embedded = <T extends { id: string }>(list: readonly T[], collection: string) => {
    const ids = new Set(refs.filter((r) => r.collection === collection).map((r) => r.id));
    return list.filter((e) => ids.has(e.id));
  };
  return { temoignages: strongestQuotes(embedded(site.temoignages, 'temoignages'), 3), chiffres: newestFigures(embedded(site.chiffres, 'chiffres'), 4) };
}

/** The QR code of an absolute address as inline SVG, with an accessible name (`title`). */
export async function qrSvg(url: string, title: string, titleId = 'qr-titre'): Promise<string> {
  if (!/^https?:\/\//.test(url)) throw new Error(`un code QR imprimé doit porter une adresse complète : ${url}`);
  const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return svg
    .replace('<svg ', `<svg role="img" aria-labelledby="${titleId}" class="qr" `)
    .replace(/(<svg[^>]*>)/, `$1<title id="${titleId}">${escaped}</title>`);
}

/** One printed quote: the words, who said them and where (no link: paper). */
export interface HandoutQuote {
  id: string;
  text: string;
  speaker: string;
  source: string;
}

/** One printed figure: the value, what it measures, its publisher and data year. */
export interface HandoutFigure {
  id: string;
  value: string;
  text: string;
  source: string;
  year: number;
}

/** Everything a one-page handout prints, addresses absolute (paper has no base to resolve a relative one against). */
export interface HandoutView {
  title: string;
  summary: string;
  /** The page the QR code and the printed address lead to. */
  permalink: string;
  qr: string;
  quotes: HandoutQuote[];
  figures: HandoutFigure[];
  /** The one call to action: a ready letter to send, at this absolute address. */
  letter?: string | undefined;
}

export interface HandoutInput {
  title: string;
  summary: string;
  permalink: string;
  quotes: readonly Temoignage[];
  figures: readonly Chiffre[];
  letter?: string | undefined;
}

/**
 * The handout of any page (theme, dossier): the caller picks the entries (ficheSelection, or a dossier's own list) and
 * gives the absolute address; this formats them for paper.
 */
export async function handoutView(input: HandoutInput, organisationOf: (sourceId: string) => string): Promise<HandoutView> {
  for (const url of [input.permalink, input.letter ?? 'https://x']) {
    if (!/^https?:\/\//.test(url)) throw new Error(`adresse relative sur une fiche imprimée : ${url}`);
  }
  return {
    title: input.title,
    summary: input.summary,
    permalink: input.permalink,
    qr: await qrSvg(input.permalink, t('fiche.qrTitle')),
    quotes: input.quotes.map((e) => ({
      id: e.id,
      text: quoteText(e.body),
      speaker: byline(e.data),
      source: `${organisationOf(e.data.source)}, ${plainLocator(e.data.emplacement)}`,
    })),
    figures: input.figures.map((c) => ({
      id: c.id,
      value: formatValue(c.data.valeur, c.data.unite),
      text: `${c.data.mesure} (${c.data.population})`,
      source: [c.data.editeur, c.data.edition].filter(Boolean).join(', '),
      year: c.data.anneeDonnees,
    })),
    letter: input.letter,
  };
}
