import { formatIsoDate, formatValue, t, tOr } from '../../i18n/index.ts';
import type { Dossier } from '../../schemas/dossier.ts';
import { absoluteUrl, entryUrl } from '../routes.ts';
import type { Chiffre, Proposition, Site, Temoignage } from '../site.ts';
import { chartOf, type ChartView } from './chart.ts';
import { sourceRef, type SourceRefView } from './entry.ts';
import { byline } from './text.ts';

/**
 * What the evidence components of a dossier (src/components/evidence/) print: each is built from the site by id, so
 * that a component only writes markup. Ids were checked before the build (src/lib/integrity/dossier-refs.ts); an
 * unknown id here is a bug, and throws.
 */

/** The link from a piece of evidence to its page, with the full address printed on paper (a relative one means nothing there). */
export interface EvidenceLink {
  href: string;
  label: string;
  address: string;
}

const linkTo = (href: string, label: string): EvidenceLink => ({ href, label, address: absoluteUrl(href) });

export interface TemoignageEvidence {
  entry: Temoignage;
  by: string;
  profil: string;
  source: SourceRefView;
  link: EvidenceLink;
}

export interface ChiffreEvidence {
  value: string;
  uniteLibelle: string | undefined;
  title: string;
  mesure: string;
  population: string;
  /** « Statbel, baromètre 2024 (données 2023) ». */
  producer: string;
  anneeDonnees: number;
  source: SourceRefView;
  link: EvidenceLink;
}

export interface PropositionEvidence {
  entry: Proposition;
  title: string;
  to: string;
  source: SourceRefView;
  link: EvidenceLink;
}

export interface ArticleEvidence {
  title: string;
  resume: string;
  statut: string;
  source: SourceRefView | undefined;
  link: EvidenceLink;
}

export interface GraphiqueEvidence {
  chart: ChartView;
  link: EvidenceLink;
}

const find = <T extends { id: string }>(list: readonly T[], id: string, what: string): T => {
  const found = list.find((e) => e.id === id);
  if (!found) throw new Error(`${what} inconnu dans un dossier : ${id}`);
  return found;
};

export function temoignageEvidence(site: Site, id: string): TemoignageEvidence {
  const entry = find(site.temoignages, id, 'témoignage');
  const d = entry.data;
  return {
    entry,
    by: byline(d),
    profil: tOr(`profil.${d.profil}`, d.profil).toLowerCase(),
    source: sourceRef(site, d.source, d.emplacement, d.page),
    link: linkTo(entryUrl('temoignages', id), t('dossier.see.temoignages')),
  };
}

export function chiffreEvidence(site: Site, id: string): ChiffreEvidence {
  const d = find<Chiffre>(site.chiffres, id, 'chiffre').data;
  return {
    value: formatValue(d.valeur, d.unite),
    uniteLibelle: d.uniteLibelle,
    title: d.titre,
    mesure: d.mesure,
    population: d.population,
    producer: `${d.editeur}${d.edition ? `, ${d.edition}` : ''}`,
    anneeDonnees: d.anneeDonnees,
    source: sourceRef(site, d.source, d.emplacement, d.page),
    link: linkTo(entryUrl('chiffres', id), t('dossier.see.chiffres')),
  };
}

export function propositionEvidence(site: Site, id: string): PropositionEvidence {
  const entry = find(site.propositions, id, 'proposition');
  const d = entry.data;
  return {
    entry,
    title: d.titre,
    to: t('proposition.to', { to: tOr(`destinataire.${d.destinataire}`, d.destinataire) }),
    source: sourceRef(site, d.source, d.emplacement, d.page),
    link: linkTo(entryUrl('propositions', id), t('dossier.see.propositions')),
  };
}

export function articleEvidence(site: Site, id: string): ArticleEvidence {
  const d = site.article(id).data;
  // The campaign's own document that quotes the article, else the first public source about it.
  const quoted = d.citations?.[0];
  const first = d.sources[0];
  return {
    title: d.numero ? t('article.title', { numero: d.numero, titre: d.titre }) : d.titre,
    resume: d.resume,
    statut: tOr(`statut.${d.statut}`, d.statut),
    source: quoted ? sourceRef(site, quoted.source, quoted.emplacement) : first ? sourceRef(site, first) : undefined,
    link: linkTo(entryUrl('articles', id), t('dossier.see.articles')),
  };
}

export const graphiqueEvidence = (site: Site, serieId: string): GraphiqueEvidence => ({
  chart: chartOf(site, site.serie(serieId)),
  link: linkTo(entryUrl('series', serieId), t('dossier.see.series')),
});

/** A dossier as listed and as headed: who wrote it and when, in words. */
export interface DossierHead {
  href: string;
  title: string;
  summary: string;
  byline: string;
  dates: string;
}

export const dossierHead = (id: string, d: Dossier): DossierHead => ({
  href: entryUrl('dossiers', id),
  title: d.titre,
  summary: d.resume,
  byline: t('dossier.by', { auteur: d.auteur }),
  dates: `${t('dossier.published', { date: formatIsoDate(d.date) })}${d.miseAJour ? `, ${t('dossier.updated', { date: formatIsoDate(d.miseAJour) })}` : ''}`,
});

/** Only published dossiers are built, listed and indexed; newest first. */
export const publishedDossiers = <T extends { id: string; data: Dossier }>(all: readonly T[]): T[] =>
  all.filter((e) => e.data.statut === 'publie').sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
