import type { Aide } from '../../schemas/aide.ts';
import type { Source } from '../../schemas/source.ts';
import { entryUrl, pageUrl } from '../routes.ts';
import { contactView, type ContactView } from './aide.ts';

/**
 * « Vos droits » (/vos-droits/): what the ordinance « Bruxelles numérique » and the Constitutional Court's reading of
 * its Article 13 (ruling 126/2025) mean for a person, in our plain words. Every point names where it comes from:
 * documents of content/sources/, articles of content/articles/, services of content/aide/ — all of them taken from
 * ../shared/context/ (consulted in November 2026). tests/unit/rights.test.ts checks that each id exists and that
 * each source address appears in the context files. No legal advice beyond what the sources say.
 */
export interface RightPoint {
  /** Our plain words. */
  text: string;
  /** Ids of content/sources/ that say it. */
  sources: readonly string[];
  /** Ids of content/articles/ it explains. */
  articles?: readonly string[];
  /** Ids of content/aide/ whose contacts are shown under it. */
  aide?: readonly string[];
  /** What the reader must know about this point's certainty (an announcement, a number not confirmed). */
  caveat?: string;
}

export interface RightSection {
  id: string;
  heading: string;
  points: readonly RightPoint[];
  /** Sentences a person can say at a counter or on the phone (restating the points above, nothing more). */
  phrases?: readonly string[];
}

/** Month when the context files behind this page were compiled from public pages. */
export const RIGHTS_CONSULTED = '2026-11';

export const RIGHTS: readonly RightSection[] = [
  {
    id: 'la-loi',
    heading: 'Une loi bruxelloise encadre les services publics en ligne',
    points: [
      {
        text: 'Le texte « Bruxelles numérique » fixe les règles quand une administration bruxelloise passe au numérique. Il a été publié au Moniteur belge le 21 février 2024.',
        sources: ['etaamb-decret-2024000830', 'be-brussels-bruxelles-numerique'],
        articles: ['ordonnance-bruxelles-numerique'],
      },
      {
        text: 'Il vaut pour les administrations de la Région de Bruxelles-Capitale et des communes bruxelloises. La liste exacte des administrations visées, à l’article 3, n’a pas pu être lue.',
        sources: ['be-brussels-bruxelles-numerique'],
        articles: ['article-3'],
      },
    ],
  },
  {
    id: 'trois-voies',
    heading: 'Un guichet, le téléphone et le courrier : toujours, en plus d’internet',
    points: [
      {
        text: 'L’administration doit vous offrir trois façons de faire sans internet : un accueil en personne (un guichet), un service par téléphone et le courrier postal.',
        sources: ['unia-arret-126-2025'],
        articles: ['article-13'],
      },
      {
        text: 'Les trois sont obligatoires en même temps : pas l’une ou l’autre au choix de l’administration. C’est ainsi que la Cour constitutionnelle lit l’article 13, dans son arrêt n° 126/2025 du 25 septembre 2025.',
        sources: ['unia-arret-126-2025', 'lisloi-arret-126-2025'],
        articles: ['article-13'],
      },
      {
        text: 'Si l’administration remplace l’une de ces voies, ce qui la remplace doit rester sans internet et offrir un service au moins aussi bon.',
        sources: ['unia-arret-126-2025', 'bx1-cour-valide-sous-conditions-2025'],
        articles: ['article-13'],
      },
      {
        text: 'Elle ne peut pas les supprimer complètement en disant que cela lui demande trop d’efforts ou d’argent (une « charge disproportionnée »).',
        sources: ['unia-arret-126-2025', 'bx1-cour-valide-sous-conditions-2025'],
        articles: ['article-13'],
      },
      {
        text: 'Le site internet s’ajoute à ces voies. Il ne peut pas être la seule porte d’entrée.',
        sources: ['be-brussels-bruxelles-numerique', 'unia-arret-126-2025'],
        articles: ['article-13'],
      },
    ],
  },
  {
    id: 'demander',
    heading: 'Ce que vous pouvez demander, au guichet ou au téléphone',
    points: [
      {
        text: 'Vous pouvez demander à faire votre démarche au guichet, par téléphone ou par courrier, plutôt que sur internet.',
        sources: ['be-brussels-bruxelles-numerique', 'unia-arret-126-2025'],
        articles: ['article-13'],
      },
      {
        text: 'Pour une personne, passer par la voie électronique demande son accord préalable.',
        sources: ['mondaq-transition-numerique'],
        caveat: 'Le numéro de l’article qui le dit n’a pas été confirmé.',
      },
      {
        text: 'Le ministre a annoncé qu’une personne passée au numérique peut revenir à tout moment au guichet, au téléphone ou au courrier, et que l’administration propose de l’aide pour les démarches en ligne.',
        sources: ['clerfayt-feu-vert-commission-2023', 'lalibre-virage-numerique-2023'],
        caveat: 'Ce sont des annonces du ministre, de 2023 ; le numéro des articles qui le disent n’a pas été retrouvé.',
      },
    ],
    phrases: [
      '« Je voudrais faire cette démarche au guichet, pas sur internet. »',
      '« Pouvez-vous m’envoyer le formulaire par courrier ? »',
      '« Je voudrais parler à quelqu’un au téléphone. »',
    ],
  },
  {
    id: 'se-plaindre',
    heading: 'Si l’administration refuse',
    points: [
      {
        text: 'Expliquez d’abord le problème à l’administration elle-même, au guichet, au téléphone ou par courrier.',
        sources: [],
        aide: ['administration-guichet-telephone-courrier'],
      },
      {
        text: 'Si rien ne change, vous pouvez vous plaindre auprès d’Ombuds Bruxelles, le médiateur de la Région. C’est gratuit. Il demande d’essayer d’abord avec l’administration. Il s’occupe des administrations régionales, des communes et des CPAS (centres publics d’action sociale). Les faits doivent dater de moins de trois ans et vous concerner vous-même.',
        sources: [],
        aide: ['ombuds-bruxelles'],
      },
    ],
  },
];

export interface RightSourceView {
  title: string;
  organisation: string;
  url: string;
  /** Year of the page, or « non daté ». */
  year: string;
}

export interface RightPointView extends Omit<RightPoint, 'articles' | 'aide' | 'sources'> {
  sources: RightSourceView[];
  articles: { href: string; label: string }[];
  services: { title: string; href: string; contacts: ContactView[]; sources: RightSourceView[] }[];
}

interface Entry<T> {
  id: string;
  data: T;
}

/** Every entry the page cites, as « collection/id » (a test project that builds the page borrows them). */
export const rightsReferences = (sections: readonly RightSection[] = RIGHTS): string[] => [
  ...new Set(
    sections.flatMap((section) =>
      section.points.flatMap((p) => [
        ...p.sources.map((id) => `sources/${id}`),
        ...(p.articles ?? []).map((id) => `articles/${id}`),
        ...(p.aide ?? []).map((id) => `aide/${id}`),
      ]),
    ),
  ),
];

/** Resolves each point's ids into what the page shows; an unknown id throws (the unit test names it first). */
export function rightsView(
  all: {
    sources: readonly Entry<Source>[];
    articles: readonly Entry<{ titre?: string | undefined; numero?: number | undefined }>[];
    aide: readonly Entry<Aide>[];
  },
  sections: readonly RightSection[] = RIGHTS,
): (Omit<RightSection, 'points'> & { points: RightPointView[] })[] {
  const find = <T>(list: readonly Entry<T>[], id: string, where: string): Entry<T> => {
    const e = list.find((x) => x.id === id);
    if (!e) throw new Error(`« ${id} » introuvable dans content/${where}/ (src/lib/views/rights.ts)`);
    return e;
  };
  return sections.map((section) => ({
    ...section,
    points: section.points.map((p) => ({
      text: p.text,
      ...(p.caveat === undefined ? {} : { caveat: p.caveat }),
      sources: p.sources.map((id) => {
        const s = find(all.sources, id, 'sources').data;
        return { title: s.titre, organisation: s.organisation, url: s.url ?? '', year: String(s.annee) };
      }),
      articles: (p.articles ?? []).map((id) => {
        const a = find(all.articles, id, 'articles');
        return { href: entryUrl('articles', a.id), label: a.data.titre ?? a.id };
      }),
      services: (p.aide ?? []).map((id) => {
        const a = find(all.aide, id, 'aide');
        return {
          title: a.data.titre,
          href: `${pageUrl('help')}#${a.id}`,
          contacts: a.data.contacts.map(contactView),
          sources: a.data.sources.map((s) => ({ title: new URL(s.url).hostname, organisation: '', url: s.url, year: s.date ?? '' })),
        };
      }),
    })),
  }));
}
