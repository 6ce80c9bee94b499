// Reads the rows of the facet query (search.ts) back into the module's facet shape.
import { z } from "zod";
import { optionFacets, sortedFacet } from "../facets";
import type { SearchFacets } from "../types";
import { FACET_PREFIX } from "./facet-values";

export const facetRow = z.object({
  value: z.string(),
  count: z.number().int(),
  inStock: z.number().int(),
  priceMin: z.number().int().nullable(),
  priceMax: z.number().int().nullable(),
});
type FacetRow = z.infer<typeof facetRow>;

export function facetsFromRows(rows: FacetRow[]): { total: number; facets: SearchFacets } {
  const totals = rows.find((row) => row.value === "#");
  const values = (prefix: string) =>
    rows.flatMap((row): [string, number][] => (row.value.startsWith(prefix) ? [[row.value.slice(prefix.length), row.count]] : []));
  const { priceMin = null, priceMax = null } = totals ?? {};
  return {
    total: totals?.count ?? 0,
    facets: {
      categories: sortedFacet(values(FACET_PREFIX.category)),
      brands: sortedFacet(values(FACET_PREFIX.brand)),
      tags: sortedFacet(values(FACET_PREFIX.tag)),
      options: optionFacets(values(FACET_PREFIX.option)),
      inStock: totals?.inStock ?? 0,
      price: priceMin === null || priceMax === null ? null : { min: priceMin, max: priceMax },
    },
  };
}
