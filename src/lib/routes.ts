import { ADDRESS } from './address.ts';
import { COLLECTIONS, type CollectionName } from './collections.ts';

/**
 * Every internal URL of the site comes from here: pages, components, feed, sitemap, JSON-LD, downloads and the
 * browser scripts (which receive theirs from the page). Each function returns a path that includes the base path
 * (`/humain-dabord/temoignages/x/` when BASE_PATH is set); `absoluteUrl()` adds the origin.
 * Route segments come from the collection registry (src/lib/collections.ts).
 */

/** A site path (« /a/b/ », written as if the site were at the root) with the base path in front. */
export const href = (path: string, base: string = ADDRESS.base): string => {
  if (!path.startsWith('/')) throw new Error(`chemin interne sans « / » initial : ${path}`);
  return `${base}${path.slice(1)}`;
};

/** The path as written in this module's functions, without the base (for « where am I? » tests and the sitemap). */
export const withoutBase = (pathname: string, base: string = ADDRESS.base): string =>
  pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;

/** Full address (origin + base + path) of a path returned by this module. */
export const absoluteUrl = (path: string, site: string = ADDRESS.site): string => new URL(path, site).href;

/** The page of one entry of any collection. */
export const entryUrl = (collection: CollectionName, id: string): string => href(`/${COLLECTIONS[collection].entryRoute}/${id}/`);

/** A collection's list (its first page; later pages add `page/<n>/`, see components/Pagination.astro). */
export const listUrl = (collection: CollectionName): string => href(`/${COLLECTIONS[collection].listRoute}/`);

/** A pre-rendered list page from its slug (« theme/sante-et-soins », « theme/sante-et-soins/page/2 », or « » for the list). */
export const listPageUrl = (collection: CollectionName, slug: string): string => href(`/${COLLECTIONS[collection].listRoute}/${slug ? `${slug}/` : ''}`);

/** A collection's list filtered on one value of one dimension, e.g. filterUrl('temoignages', 'theme', 'sante-et-soins'). */
export const filterUrl = (collection: CollectionName, dimension: string, value: string): string => listPageUrl(collection, `${dimension}/${value}`);

/** A source document's page (its first page; later pages add `page/<n>/`). */
export const sourceUrl = (id: string): string => entryUrl('sources', id);

/** A theme's hub. */
export const themeUrl = (id: string): string => entryUrl('themes', id);

/** A theme's printable fiche. */
export const ficheUrl = (themeId: string): string => href(`/themes/${themeId}/fiche/`);

/** A dossier's one-page handout: its quotes and figures, a QR code to the dossier, a box for the association's contact. */
export const dossierHandoutUrl = (dossierId: string): string => href(`/dossiers/${dossierId}/fiche/`);

/** A ready letter to elected officials about a theme or a criticised article of the ordinance. */
export const letterUrl = (about: 'theme' | 'article', id: string): string => href(`/lettres/${about}/${id}/`);

/** A theme's campaign kit: handout, letter, testimonies, chart embeds and share links on one page. */
export const kitUrl = (themeId: string): string => href(`/themes/${themeId}/kit/`);

/** A chart's page. */
export const chartUrl = (serieId: string): string => entryUrl('series', serieId);

/** A chart alone, for `<iframe>` embedding. */
export const embedUrl = (serieId: string): string => href(`/embed/chiffres/${serieId}/`);

/** A download of /donnees/ (« chiffres.csv », « series/x.png »…). */
export const dataUrl = (file: string): string => href(`/donnees/${file}`);

/** A testimony's quote card image (issue 16), used as its og:image: « /partage/<id>-1200x630.png » or « -1080x1080.png ». */
export const quoteCardUrl = (id: string, size: '1200x630' | '1080x1080' = '1200x630'): string => href(`/partage/${id}-${size}.png`);

/** A file of public/ or a build output at the root (« favicon.svg », « flux.xml », « pagefind/pagefind.js »). */
export const fileUrl = (file: string): string => href(`/${file}`);

/** Pages that are not entries nor lists of entries. */
export const PAGES = {
  home: '/',
  search: '/recherche/',
  about: '/a-propos/',
  siteMap: '/plan-du-site/',
  data: '/donnees/',
  charts: '/graphiques/',
  chronology: '/chronologie/',
  ordinance: '/ordonnance/',
  themes: '/themes/',
  sources: '/sources/',
  admin: '/admin/',
  help: '/aide/',
  testify: '/temoigner/',
  rights: '/vos-droits/',
  easyRead: '/facile/',
  letters: '/lettres/',
} as const;

/** The URL of one of `PAGES`. */
export const pageUrl = (page: keyof typeof PAGES): string => href(PAGES[page]);
