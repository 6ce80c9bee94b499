// Search-as-you-type on the PostgreSQL index: the same word matching as a search (prefix on the
// last word, typo tolerance), title matches first, no facets.
import type { Database } from "@/lib/db";
import type { SearchSuggestion } from "../types";
import { matchAndPage } from "./search";
import { textParts } from "./text-query";

export async function suggestDocuments(
  database: Database,
  query: string,
  limit: number,
): Promise<SearchSuggestion[]> {
  const parts = await textParts(database.prisma, query);
  if (parts.length === 0) return [];
  const { hits } = await matchAndPage(
    database,
    parts,
    {},
    { facets: false, sort: "relevance", offset: 0, limit },
  );
  return hits.map(({ id, slug, title, brand, image, priceAmount, currency }) => ({
    id,
    slug,
    title,
    brand,
    image,
    price: { amount: priceAmount, currency },
  }));
}
