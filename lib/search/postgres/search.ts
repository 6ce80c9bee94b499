// Search on the PostgreSQL index: the typo dictionary turns the words into match parts, then one
// statement combines the bitmaps, counts every facet (bitmaps.ts) and reads the page (hits.ts),
// so the bitmaps never leave the server and a search is one round trip after the dictionary.
//
// CTEs: defines none itself; puts those of bitmaps.ts and hits.ts in one WITH and selects the
// total, the facet columns and the page FROM "matches".
import { Prisma } from "@/lib/generated/prisma/client";
import type { Database } from "@/lib/db";
import { z } from "zod";
import type {
  SearchFacets,
  SearchFilters,
  SearchRequest,
  SearchResult,
  SearchSort,
} from "../types";
import { emptyFacets } from "../facets";
import { facetsFrom, matchCtes } from "./bitmaps";
import { hitsFrom, hitsSql, toSummary, type HitRow } from "./hits";
import { textParts, type TextPart } from "./text-query";

const resultRow = z.object({ total: z.number().int(), hits: z.unknown() });

/** The matches' total, their facets (when asked for) and one page of them, in one statement. */
export async function matchAndPage(
  database: Database,
  parts: TextPart[],
  filters: SearchFilters,
  options: { facets: boolean; sort: SearchSort; offset: number; limit: number },
): Promise<{ total: number; facets: SearchFacets; hits: HitRow[] }> {
  const priceSort = options.sort === "price-asc" || options.sort === "price-desc";
  const ranked = parts.length > 0 && options.sort === "relevance";
  const match = matchCtes(parts, filters, {
    facets: options.facets,
    priceRange: priceSort,
    ranked,
  });
  const hits = hitsSql({
    sort: options.sort,
    offset: options.offset,
    limit: options.limit,
    ranked,
    priceRange: priceSort,
  });
  const [row] = await database.plannedQuery(
    Prisma.sql`WITH ${match.ctes} ${hits.ctes} SELECT matches."total" ${match.columns}, ${hits.column} FROM matches`,
  );
  const { total, hits: hitRows } = resultRow.parse(row);
  return {
    total,
    facets: options.facets ? facetsFrom(row) : emptyFacets(),
    hits: hitsFrom(hitRows),
  };
}

export async function searchDocuments(
  database: Database,
  request: SearchRequest,
): Promise<SearchResult> {
  const parts = await textParts(database.prisma, request.query);
  const { total, facets, hits } = await matchAndPage(database, parts, request.filters, {
    facets: true,
    sort: request.sort,
    offset: (request.page - 1) * request.pageSize,
    limit: request.pageSize,
  });
  return {
    hits: hits.map(toSummary),
    total,
    page: request.page,
    pageSize: request.pageSize,
    pageCount: Math.ceil(total / request.pageSize),
    facets,
  };
}
