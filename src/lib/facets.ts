/**
 * Filtered lists that work without JavaScript: every (dimension, value) pair becomes a pre-rendered page
 * `/<collection>/<dimension>/<value>/`. Pure functions: which pages exist, what each lists, the counts.
 */
export interface FacetDimension<T> {
  /** URL segment and field name, e.g. "theme". */
  name: string;
  /** Heading in the filter box. */
  label: string;
  /** Values of an item for this dimension (an item can have several themes). */
  values: (item: T) => readonly string[];
  /** Display label of a value. */
  labelOf: (value: string) => string;
  /** Order of values in the filter box (defaults to label order). */
  order?: (a: string, b: string) => number;
}

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  href: string;
}

export interface FacetGroup {
  name: string;
  label: string;
  options: FacetOption[];
}

const groupsCache = new WeakMap<readonly unknown[], Map<string, FacetGroup[]>>();

/**
 * The filter box of a collection's list pages, with its counts. The same for every page of that list: computed once
 * per item array and base (each list page used to recount the whole collection: pages × entries).
 */
export function facetGroups<T>(base: string, items: readonly T[], dims: readonly FacetDimension<T>[]): FacetGroup[] {
  const byBase = groupsCache.get(items) ?? new Map<string, FacetGroup[]>();
  groupsCache.set(items, byBase);
  const cached = byBase.get(base);
  if (cached) return cached;
  const groups = computeFacetGroups(base, items, dims);
  byBase.set(base, groups);
  return groups;
}

function computeFacetGroups<T>(base: string, items: readonly T[], dims: readonly FacetDimension<T>[]): FacetGroup[] {
  return dims.map((dim) => {
    const counts = new Map<string, number>();
    for (const item of items) for (const v of new Set(dim.values(item))) counts.set(v, (counts.get(v) ?? 0) + 1);
    const values = [...counts.keys()].sort(dim.order ?? ((a, b) => dim.labelOf(a).localeCompare(dim.labelOf(b), 'fr')));
    return {
      name: dim.name,
      label: dim.label,
      options: values.map((value) => ({ value, label: dim.labelOf(value), count: counts.get(value) ?? 0, href: `${base}${dim.name}/${value}/` })),
    };
  });
}

/** Every filtered page to pre-render: params and the items it lists (in the list's own order). */
export function facetPages<T>(items: readonly T[], dims: readonly FacetDimension<T>[]) {
  return dims.flatMap((dim) => {
    const byValue = new Map<string, T[]>();
    for (const item of items)
      for (const v of new Set(dim.values(item))) {
        const list = byValue.get(v);
        if (list) list.push(item);
        else byValue.set(v, [item]);
      }
    return [...byValue.entries()].map(([value, list]) => ({ dimension: dim.name, value, label: dim.labelOf(value), dimensionLabel: dim.label, items: list }));
  });
}

/** One pre-rendered list page: the whole list or one filter value, cut into pages of `perPage`. */
export interface ListPage<T> {
  /** Path below the collection ('' for the first page of the whole list), e.g. 'page/2', 'theme/x', 'theme/x/page/3'. */
  slug: string;
  items: T[];
  page: number;
  pageCount: number;
  /** Path (below the collection) of the first page of this list, for building page links. */
  base: string;
  current?: { dimension: string; value: string; label: string; dimensionLabel: string } | undefined;
  total: number;
}

export const PER_PAGE = 24;

/** Cuts a list into pages: the first at `base`, the next at `base/page/2`, … */
export function cut<T>(items: readonly T[], base: string, perPage: number, current?: ListPage<T>['current']): ListPage<T>[] {
  const pageCount = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: pageCount }, (_, i) => ({
    slug: i === 0 ? base : `${base}${base ? '/' : ''}page/${i + 1}`,
    items: items.slice(i * perPage, (i + 1) * perPage),
    page: i + 1,
    pageCount,
    base,
    current,
    total: items.length,
  }));
}

/** Every list page of a collection: the full list and each filter value, paginated. */
export function listPages<T>(items: readonly T[], dims: readonly FacetDimension<T>[], perPage = PER_PAGE): ListPage<T>[] {
  return [
    ...cut(items, '', perPage, undefined),
    ...facetPages(items, dims).flatMap((p) =>
      cut(p.items, `${p.dimension}/${p.value}`, perPage, { dimension: p.dimension, value: p.value, label: p.label, dimensionLabel: p.dimensionLabel }),
    ),
  ];
}
