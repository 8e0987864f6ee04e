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
  current?: ActiveFilter | undefined;
  /** Every active filter: none, one, or two when the page combines the list's two combinable dimensions. */
  filters: ActiveFilter[];
  total: number;
}

export interface ActiveFilter {
  dimension: string;
  value: string;
  label: string;
  dimensionLabel: string;
}

export const PER_PAGE = 24;

/** Cuts a list into pages: the first at `base`, the next at `base/page/2`, … */
export function cut<T>(
  items: readonly T[],
  base: string,
  perPage: number,
  current?: ActiveFilter,
  filters: ActiveFilter[] = current ? [current] : [],
): ListPage<T>[] {
  const pageCount = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: pageCount }, (_, i) => ({
    slug: i === 0 ? base : `${base}${base ? '/' : ''}page/${i + 1}`,
    items: items.slice(i * perPage, (i + 1) * perPage),
    page: i + 1,
    pageCount,
    base,
    current,
    filters,
    total: items.length,
  }));
}

/**
 * Every list page of a collection: the full list, each filter value, and, for the two dimensions named in `combine`
 * (theme × kind of speaker), each pair of values that lists something; paginated. The combinations only add pages for
 * entries that exist (each entry is in at most |values of a| × |values of b| of them, 3 × 1 for a testimony), so the
 * page count grows with the content, never with the product of the dimensions.
 */
export function listPages<T>(items: readonly T[], dims: readonly FacetDimension<T>[], perPage = PER_PAGE, combine?: readonly [string, string]): ListPage<T>[] {
  const single = facetPages(items, dims).flatMap((p) => {
    const f = { dimension: p.dimension, value: p.value, label: p.label, dimensionLabel: p.dimensionLabel };
    return cut(p.items, `${p.dimension}/${p.value}`, perPage, f);
  });
  return [...cut(items, '', perPage, undefined), ...single, ...(combine ? combinedPages(items, dims, combine, perPage) : [])];
}

function combinedPages<T>(items: readonly T[], dims: readonly FacetDimension<T>[], combine: readonly [string, string], perPage: number): ListPage<T>[] {
  const [a, b] = combine.map((n) => dims.find((d) => d.name === n));
  if (!a || !b) throw new Error(`dimensions à combiner inconnues : ${combine.join(' × ')}`);
  const byPair = new Map<string, { va: string; vb: string; items: T[] }>();
  for (const item of items)
    for (const va of new Set(a.values(item)))
      for (const vb of new Set(b.values(item))) {
        const key = `${va}\u0000${vb}`;
        const entry = byPair.get(key);
        if (entry) entry.items.push(item);
        else byPair.set(key, { va, vb, items: [item] });
      }
  return [...byPair.values()].flatMap(({ va, vb, items: list }) => {
    const fa = { dimension: a.name, value: va, label: a.labelOf(va), dimensionLabel: a.label };
    const fb = { dimension: b.name, value: vb, label: b.labelOf(vb), dimensionLabel: b.label };
    return cut(list, `${a.name}/${va}/${b.name}/${vb}`, perPage, fa, [fa, fb]);
  });
}

/** Path below the collection of the list with these filters (combinable ones in `combine` order). */
export function filtersSlug(filters: readonly { dimension: string; value: string }[], combine?: readonly [string, string]): string {
  const order = (f: { dimension: string }) => (combine ? combine.indexOf(f.dimension) : 0);
  return [...filters]
    .sort((x, y) => order(x) - order(y))
    .map((f) => `${f.dimension}/${f.value}`)
    .join('/');
}

export interface FilterOption extends FacetOption {
  current: boolean;
}

export interface FilterGroup {
  name: string;
  label: string;
  /** Label of this dimension's active value, if any. */
  active?: string | undefined;
  /** Combinable with the other active filter: counts follow it. Otherwise the counts are those of the whole list. */
  combined: boolean;
  /** Link that removes this dimension's filter (keeps the other one), when it is active. */
  clear?: string | undefined;
  options: FilterOption[];
}

const filterCache = new WeakMap<readonly unknown[], Map<string, FilterGroup[]>>();

/**
 * The filter bar of one list page. For the two combinable dimensions, each option keeps the other active filter and
 * counts the entries that the resulting page lists; the other dimensions link to their own lists (whole-list counts).
 * Memoised per set of active filters (a few dozen per collection), not computed per page.
 */
export function filterGroups<T>(
  base: string,
  items: readonly T[],
  dims: readonly FacetDimension<T>[],
  active: readonly ActiveFilter[],
  combine?: readonly [string, string],
): FilterGroup[] {
  const key = `${base}|${active.map((f) => `${f.dimension}=${f.value}`).join('&')}`;
  const byKey = filterCache.get(items) ?? new Map<string, FilterGroup[]>();
  filterCache.set(items, byKey);
  const cached = byKey.get(key);
  if (cached) return cached;
  const whole = facetGroups(base, items, dims);
  const groups = dims.map((dim, i): FilterGroup => {
    const mine = active.find((f) => f.dimension === dim.name);
    const combined = combine?.includes(dim.name) ?? false;
    if (!combined) {
      const g = whole[i]!;
      return {
        name: g.name,
        label: g.label,
        active: mine?.label,
        combined,
        clear: mine ? base : undefined,
        options: g.options.map((o) => ({ ...o, current: mine?.value === o.value })),
      };
    }
    // The other active combinable filter, kept by every option of this dimension.
    const other = active.find((f) => f.dimension !== dim.name && (combine?.includes(f.dimension) ?? false));
    const otherDim = other ? dims.find((d) => d.name === other.dimension) : undefined;
    const pool = other && otherDim ? items.filter((item) => otherDim.values(item).includes(other.value)) : items;
    const counts = new Map<string, number>();
    for (const item of pool) for (const v of new Set(dim.values(item))) counts.set(v, (counts.get(v) ?? 0) + 1);
    const values = [...counts.keys()].sort(dim.order ?? ((x, y) => dim.labelOf(x).localeCompare(dim.labelOf(y), 'fr')));
    const link = (fs: { dimension: string; value: string }[]) => {
      const slug = filtersSlug(fs, combine);
      return `${base}${slug ? `${slug}/` : ''}`;
    };
    return {
      name: dim.name,
      label: dim.label,
      active: mine?.label,
      combined,
      clear: mine ? link(other ? [other] : []) : undefined,
      options: values.map((value) => ({
        value,
        label: dim.labelOf(value),
        count: counts.get(value) ?? 0,
        href: link([...(other ? [other] : []), { dimension: dim.name, value }]),
        current: mine?.value === value,
      })),
    };
  });
  byKey.set(key, groups);
  return groups;
}
