// Search on the PostgreSQL index: the typo dictionary turns the words into match parts, one
// query combines the bitmaps and counts every facet (bitmaps.ts), one reads the page (hits.ts).
import type { Db } from "@/lib/db";
import type { SearchRequest, SearchResult } from "../types";
import { matchBitmaps } from "./bitmaps";
import { pageOfHits, toSummary } from "./hits";
import { textParts } from "./text-query";

export async function searchDocuments(client: Db, request: SearchRequest): Promise<SearchResult> {
  const parts = await textParts(client, request.query);
  const priceSort = request.sort === "price-asc" || request.sort === "price-desc";
  const match = await matchBitmaps(client, parts, request.filters, {
    facets: true,
    matchesPriceRange: priceSort,
    ranked: request.sort === "relevance",
  });
  const hits = await pageOfHits(client, match, {
    sort: request.sort,
    offset: (request.page - 1) * request.pageSize,
    limit: request.pageSize,
    ranked: parts.length > 0,
  });
  return {
    hits: hits.map(toSummary),
    total: match.total,
    page: request.page,
    pageSize: request.pageSize,
    pageCount: Math.ceil(match.total / request.pageSize),
    facets: match.facets,
  };
}
