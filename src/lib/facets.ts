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

export function facetGroups<T>(base: string, items: readonly T[], dims: readonly FacetDimension<T>[]): FacetGroup[] {
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
    for (const item of items) for (const v of new Set(dim.values(item))) byValue.set(v, [...(byValue.get(v) ?? []), item]);
    return [...byValue.entries()].map(([value, list]) => ({ dimension: dim.name, value, label: dim.labelOf(value), dimensionLabel: dim.label, items: list }));
  });
}
