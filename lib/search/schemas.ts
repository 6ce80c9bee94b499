// What the search routes accept, validated at the edge: the results page takes the catalog's
// listing parameters (same URL filters and sort as a category page) plus a category path; the
// suggestion endpoint takes a short query and a small limit.
import { z } from "zod";
import type { ListingParams } from "@/lib/catalog";
import { currencyFractionDigits } from "@/lib/money";
import type { SearchRequest } from "./types";

export const SEARCH_PAGE_SIZE = 24;
export const SEARCH_CATEGORY_PARAM = "category";

/** A category path as the catalog writes them: "clothing/tops/t-shirts". */
export const categoryPathSchema = z
  .string()
  .trim()
  .max(200)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/, "is not a category path");

export const suggestQuerySchema = z.object({
  q: z.string().trim().min(1, "is empty").max(100, "is longer than 100 characters"),
  limit: z.coerce.number().int().min(1).max(10).default(6),
});
export type SuggestQuery = z.infer<typeof suggestQuerySchema>;

/**
 * The listing parameters (prices in major units, as typed in the URL) as a search request
 * (minor units). `currency` is the shop's: the one prices are typed in.
 */
export function searchRequestFrom(
  params: ListingParams,
  category?: string,
  currency = "USD",
): SearchRequest {
  const scale = 10 ** currencyFractionDigits(currency);
  const { filters } = params;
  return {
    query: params.q ?? "",
    filters: {
      ...(category ? { category } : {}),
      ...(filters.priceMin === undefined ? {} : { priceMin: Math.round(filters.priceMin * scale) }),
      ...(filters.priceMax === undefined ? {} : { priceMax: Math.round(filters.priceMax * scale) }),
      options: filters.options,
      inStock: filters.inStock,
      brands: filters.brands,
      tags: filters.tags,
    },
    sort: params.sort,
    page: params.page,
    pageSize: SEARCH_PAGE_SIZE,
  };
}
