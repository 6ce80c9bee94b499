// A search result in the catalog's listing shape (ProductListing), so the results page renders
// with the same filter sidebar, grid and pagination as a category page. Selected filter values
// stay listed (count 0) when nothing matches them, so they can be unticked.
import type { FacetValue, ListingFacets, ListingFilters, ProductListing } from "@/lib/catalog";
import type { FacetCount, SearchResult } from "./types";

function withSelected(values: FacetCount[], selected: readonly string[]): FacetValue[] {
  const present = new Set(values.map((v) => v.value));
  return [
    ...values,
    ...selected.filter((s) => !present.has(s)).map((value) => ({ value, count: 0 })),
  ];
}

export function toListingFacets(
  result: SearchResult,
  filters: ListingFilters,
  currency: string,
): ListingFacets {
  const { facets } = result;
  const names = new Set([...facets.options.map((o) => o.name), ...Object.keys(filters.options)]);
  return {
    price: facets.price ? { ...facets.price, currency } : null,
    // The most common option first, like the category listing.
    options: [...names]
      .map((name) => ({
        name,
        values: withSelected(
          facets.options.find((o) => o.name === name)?.values ?? [],
          filters.options[name] ?? [],
        ),
      }))
      .sort(
        (a, b) =>
          b.values.reduce((n, v) => n + v.count, 0) - a.values.reduce((n, v) => n + v.count, 0) ||
          a.name.localeCompare(b.name),
      ),
    brands: withSelected(facets.brands, filters.brands),
    tags: withSelected(facets.tags, filters.tags),
    inStock: facets.inStock,
  };
}

export function toProductListing(
  result: SearchResult,
  filters: ListingFilters,
  currency: string,
): ProductListing {
  return {
    products: result.hits,
    total: result.total,
    page: result.page,
    pageSize: result.pageSize,
    pageCount: result.pageCount,
    facets: toListingFacets(result, filters, currency),
  };
}
