/**
 * The part of Pagefind's browser API (pagefind/pagefind.js, written by the build) this site uses.
 * Pagefind ships no types for its bundle; these follow https://pagefind.app/docs/api/.
 */
export interface PagefindOptions {
  /** Folder of pagefind.js and its index, e.g. « /humain-dabord/pagefind/ ». */
  basePath?: string;
  /** Prefix of the result URLs (the index stores « /temoignages/x/ »), e.g. « /humain-dabord/ ». */
  baseUrl?: string;
  /** Search on the page's thread instead of a Web Worker. */
  noWorker?: boolean;
}

/** Counts of each value of each filter: `{ theme: { 'Santé et soins': 12 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResultData {
  url: string;
  /** HTML: the matched words are in `<mark>`. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
}

export interface Pagefind {
  options: (options: PagefindOptions) => Promise<void>;
  search: (term: string | null, options?: { filters?: Record<string, string> }) => Promise<PagefindSearch | null>;
  filters: () => Promise<FilterCounts>;
}

/** Loads Pagefind from the address the page gives (it depends on the base path, known only at build time). */
export async function loadPagefind(bundle: string, baseUrl: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
  // noWorker: a Web Worker would download a second copy of Pagefind's code (42 KB) for an index this size,
  // where a search takes a few milliseconds on the page's own thread.
  await pagefind.options({ basePath: new URL('./', new URL(bundle, location.href)).pathname, baseUrl, noWorker: true });
  return pagefind;
}
