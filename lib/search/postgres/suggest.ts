// Search-as-you-type on the PostgreSQL index: the same word matching as a search (prefix on the
// last word, typo tolerance), best title matches first, no facets.
import { z } from "zod";
import type { Db } from "@/lib/db";
import type { SearchSuggestion } from "../types";
import { textMatch, textQuery } from "./text-query";

const suggestionRow = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  brand: z.string().nullable(),
  priceAmount: z.number().int(),
  currency: z.string(),
  image: z.object({ url: z.string(), alt: z.string(), width: z.number(), height: z.number() }).nullable(),
});

export async function suggestDocuments(client: Db, query: string, limit: number): Promise<SearchSuggestion[]> {
  const tsquery = await textQuery(client, query);
  if (!tsquery) return [];
  const rows = await client.$queryRaw<unknown[]>`
    SELECT d."productId" AS "id", d."slug", d."title", d."brand", d."priceAmount", d."currency", d."image"
    FROM "SearchDocument" d
    WHERE ${textMatch(tsquery)}
    ORDER BY ts_rank(d."rankVector", ${tsquery}) DESC, d."salesCount" DESC, d."productId"
    LIMIT ${limit}::int`;
  return z
    .array(suggestionRow)
    .parse(rows)
    .map(({ priceAmount, currency, ...rest }) => ({ ...rest, price: { amount: priceAmount, currency } }));
}
