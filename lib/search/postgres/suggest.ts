// Search-as-you-type on the PostgreSQL index: the same word matching as a search (prefix on the
// last word, typo tolerance), title matches first, no facets.
import type { Db } from "@/lib/db";
import type { SearchSuggestion } from "../types";
import { matchBitmaps } from "./bitmaps";
import { pageOfHits } from "./hits";
import { textParts } from "./text-query";

export async function suggestDocuments(client: Db, query: string, limit: number): Promise<SearchSuggestion[]> {
  const parts = await textParts(client, query);
  if (parts.length === 0) return [];
  const match = await matchBitmaps(client, parts, {}, { facets: false });
  const hits = await pageOfHits(client, match, { sort: "relevance", offset: 0, limit, ranked: true });
  return hits.map(({ id, slug, title, brand, image, priceAmount, currency }) => ({
    id,
    slug,
    title,
    brand,
    image,
    price: { amount: priceAmount, currency },
  }));
}
