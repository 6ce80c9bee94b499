// Reads the facet columns of the search statement (facetColumns in bitmaps.ts) back into the
// module's facet shape.
import { z } from "zod";
import { optionFacets, sortedFacet } from "../facets";
import type { SearchFacets } from "../types";
import { FACET_PREFIX } from "./bitmap-keys";

export const priceRangeRow = z.object({
  low: z.number().int().nullable(),
  high: z.number().int().nullable(),
});

export const facetColumns = z.object({
  /** Prefixed facet values ("b:Northwind", "o:Size:M") with their counts, zeros left out. */
  facetRows: z.array(z.object({ value: z.string(), count: z.number().int() })),
  inStock: z.number().int(),
  priceRange: priceRangeRow.nullable(),
});
type FacetColumns = z.infer<typeof facetColumns>;

/** A price range row ({low, high}, nulls when nothing matched) as the facets' {min, max} or null. */
export function priceRangeFrom(
  row: z.infer<typeof priceRangeRow> | null | undefined,
): SearchFacets["price"] {
  return row && row.low !== null && row.high !== null ? { min: row.low, max: row.high } : null;
}

export function facetsFromColumns({ facetRows, inStock, priceRange }: FacetColumns): SearchFacets {
  const values = (prefix: string) =>
    facetRows.flatMap((row): [string, number][] =>
      row.value.startsWith(prefix) ? [[row.value.slice(prefix.length), row.count]] : [],
    );
  return {
    categories: sortedFacet(values(FACET_PREFIX.category)),
    brands: sortedFacet(values(FACET_PREFIX.brand)),
    tags: sortedFacet(values(FACET_PREFIX.tag)),
    options: optionFacets(values(FACET_PREFIX.option)),
    inStock,
    price: priceRangeFrom(priceRange),
  };
}
