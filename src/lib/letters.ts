import { formatValue, t } from '../i18n/index.ts';
import { HANDOUT_QUOTE_MAX, newestFigures, quoteText, strongestQuotes } from './fiche.ts';
import { absoluteUrl, entryUrl, letterUrl } from './routes.ts';
import type { Article, Chiffre, Proposition, Site, Temoignage } from './site.ts';
import { byline } from './views/text.ts';

/**
 * Ready letters to elected officials, one per theme and one per ordinance article the campaign criticises (an article
 * with a `critique`). Our own words around 3 to 5 cited entries, each with its absolute permalink so that the paper
 * copy can be checked. Addressees by their generic form of address only.
 */
export const MIN_CITATIONS = 3;
export const MAX_CITATIONS = 5;

export type LetterAbout = 'theme' | 'article';

export interface LetterCitation {
  kind: 'temoignages' | 'chiffres' | 'propositions';
  id: string;
  /** What the entry says, in one line (a short quote word for word, or our title of it). */
  text: string;
  /** Absolute permalink of the entry. */
  url: string;
}

export interface Letter {
  about: LetterAbout;
  id: string;
  /** Short name for lists (« Santé et soins », « Article 13 »). */
  name: string;
  subject: string;
  paragraphs: string[];
  citations: LetterCitation[];
  closing: string[];
  /** Absolute address of the letter's page. */
  url: string;
}

type Pools = { kind: LetterCitation['kind']; items: readonly string[]; first: number }[];

/**
 * Takes `first` items from each pool in turn, then tops up from what is left (pool order) until `min`, never past `max`.
 */
export function pickCitations(pools: Pools, min = MIN_CITATIONS, max = MAX_CITATIONS): { kind: LetterCitation['kind']; id: string }[] {
  const picked: { kind: LetterCitation['kind']; id: string }[] = [];
  const rest: { kind: LetterCitation['kind']; id: string }[] = [];
  for (const p of pools) {
    p.items.forEach((id, i) => (i < p.first ? picked : rest).push({ kind: p.kind, id }));
  }
  return [...picked, ...rest.slice(0, Math.max(0, min - picked.length))].slice(0, max);
}

/** Proposals addressed to those who vote first: they are what a letter to an MP asks for. */
const DEST_RANK: Record<string, number> = { parlementaires: 0, 'instances-decideuses': 1, etat: 2 };
const byAddressee = (list: readonly Proposition[]) =>
  list
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (DEST_RANK[a.p.data.destinataire] ?? 9) - (DEST_RANK[b.p.data.destinataire] ?? 9) || a.i - b.i)
    .map(({ p }) => p);

function citationOf(site: Site, kind: LetterCitation['kind'], id: string): LetterCitation {
  const url = absoluteUrl(entryUrl(kind, id));
  if (kind === 'temoignages') {
    const e = site.temoignages.find((x) => x.id === id) as Temoignage;
    const words = quoteText(e.body);
    const who = byline(e.data);
    const org = site.source(e.data.source).data.organisation;
    return {
      kind,
      id,
      url,
      text: words.length <= HANDOUT_QUOTE_MAX ? t('lettre.cite.quote', { who, org, words }) : t('lettre.cite.quoteTitle', { who, org, titre: e.data.titre }),
    };
  }
  if (kind === 'chiffres') {
    const c = site.chiffres.find((x) => x.id === id) as Chiffre;
    return {
      kind,
      id,
      url,
      text: t('lettre.cite.figure', {
        value: formatValue(c.data.valeur, c.data.unite),
        mesure: c.data.mesure,
        population: c.data.population,
        editeur: c.data.editeur,
        year: c.data.anneeDonnees,
      }),
    };
  }
  const p = site.propositions.find((x) => x.id === id) as Proposition;
  return { kind, id, url, text: t('lettre.cite.proposal', { org: site.source(p.data.source).data.organisation, titre: p.data.titre }) };
}

const closing = () => [t('lettre.reply'), t('lettre.closing'), t('lettre.signature')];

/** The articles the campaign criticises: those with the campaign's `critique`. */
export const criticisedArticles = (site: Pick<Site, 'articles'>): Article[] => site.articles.filter((a) => a.data.critique !== undefined);

export function themeLetter(site: Site, themeId: string): Letter {
  const theme = site.theme(themeId);
  const inTheme = <T extends { data: { themes: string[] } }>(list: readonly T[]) => list.filter((e) => e.data.themes.includes(themeId));
  const picks = pickCitations([
    { kind: 'temoignages', items: strongestQuotes(inTheme(site.temoignages), 6, Infinity).map((e) => e.id), first: 2 },
    { kind: 'chiffres', items: newestFigures(inTheme(site.chiffres), 3).map((e) => e.id), first: 1 },
    { kind: 'propositions', items: byAddressee(inTheme(site.propositions)).map((e) => e.id), first: 1 },
  ]);
  return {
    about: 'theme',
    id: themeId,
    name: theme.data.titre,
    subject: t('lettre.subject.theme', { titre: theme.data.titre }),
    paragraphs: [t('lettre.intro.theme', { titre: theme.data.titre, description: theme.data.description }), t('lettre.evidence')],
    citations: picks.map((c) => citationOf(site, c.kind, c.id)),
    closing: [t('lettre.ask.theme'), ...closing()],
    url: absoluteUrl(letterUrl('theme', themeId)),
  };
}

export function articleLetter(site: Site, articleId: string): Letter {
  const article = site.article(articleId);
  const numero = String(article.data.numero ?? '');
  const cites = (e: { data: { articles?: string[] | undefined } }) => e.data.articles?.includes(articleId) ?? false;
  // The article's own testimonies first; when it has too few (an article known only from commentaries), those of its themes.
  const inArticleThemes = (e: { data: { themes: string[] } }) => e.data.themes.some((th) => article.data.themes.includes(th));
  const quotes = [
    ...strongestQuotes(site.temoignages.filter(cites), 6, Infinity),
    ...strongestQuotes(
      site.temoignages.filter((e) => !cites(e) && inArticleThemes(e)),
      6,
      Infinity,
    ),
  ];
  // Figures: those of the themes the article's testimonies speak of most.
  const themeCount = new Map<string, number>();
  for (const q of quotes) for (const th of q.data.themes) themeCount.set(th, (themeCount.get(th) ?? 0) + 1);
  const topThemes = [...[...themeCount].sort((a, b) => b[1] - a[1]).map(([th]) => th), ...article.data.themes];
  const figures = newestFigures(
    site.chiffres.filter((c) => c.data.themes.some((th) => topThemes.slice(0, 2).includes(th))),
    3,
  );
  const own = (p: Proposition) => cites(p) || (article.data.contrePropositions ?? []).includes(p.id);
  const proposals = [...byAddressee(site.propositions.filter(own)), ...byAddressee(site.propositions.filter((p) => !own(p) && inArticleThemes(p)))];
  const picks = pickCitations([
    { kind: 'temoignages', items: quotes.map((e) => e.id), first: 2 },
    { kind: 'chiffres', items: figures.map((e) => e.id), first: 1 },
    { kind: 'propositions', items: proposals.map((e) => e.id), first: 1 },
  ]);
  return {
    about: 'article',
    id: articleId,
    name: t('lettre.articleName', { numero }),
    subject: t('lettre.subject.article', { numero }),
    paragraphs: [t('lettre.intro.article', { numero, titre: article.data.titre, critique: article.data.critique ?? '' }), t('lettre.evidence')],
    citations: picks.map((c) => citationOf(site, c.kind, c.id)),
    closing: [t('lettre.ask.article', { numero }), ...closing()],
    url: absoluteUrl(letterUrl('article', articleId)),
  };
}

/** Every letter: themes in their order, then criticised articles in the ordinance's order. */
export function allLetters(site: Site): Letter[] {
  return [...site.themes.map((th) => themeLetter(site, th.id)), ...criticisedArticles(site).map((a) => articleLetter(site, a.id))];
}

/** The letter as plain text, for « Copier » into an e-mail or a word processor. */
export function letterText(letter: Letter): string {
  return [
    letter.subject,
    t('lettre.salutation'),
    ...letter.paragraphs,
    letter.citations.map((c, i) => `${i + 1}. ${c.text}\n   ${c.url}`).join('\n'),
    ...letter.closing,
  ].join('\n\n');
}
