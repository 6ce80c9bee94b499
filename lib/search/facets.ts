// Facet lists as both adapters return them: highest count first, then by value, at most
// MAX_FACET_VALUES per facet (Meilisearch's default), options grouped by their name.
import type { FacetCount, SearchFacets } from "./types";

export const MAX_FACET_VALUES = 100;

export function sortedFacet(counts: Iterable<[value: string, count: number]>): FacetCount[] {
  return [...counts]
    .filter(([, count]) => count > 0)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, MAX_FACET_VALUES)
    .map(([value, count]) => ({ value, count }));
}

/** "Size:M" → Size → M, option names in alphabetical order. */
export function optionFacets(
  pairs: Iterable<[pair: string, count: number]>,
): SearchFacets["options"] {
  const byName = new Map<string, [string, number][]>();
  for (const [pair, count] of pairs) {
    const colon = pair.indexOf(":");
    if (colon <= 0) continue;
    const name = pair.slice(0, colon);
    const list = byName.get(name) ?? [];
    list.push([pair.slice(colon + 1), count]);
    byName.set(name, list);
  }
  return [...byName.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, values]) => ({ name, values: sortedFacet(values) }));
}

export const emptyFacets = (): SearchFacets => ({
  categories: [],
  brands: [],
  tags: [],
  options: [],
  inStock: 0,
  price: null,
});
