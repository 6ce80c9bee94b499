// Where the PostgreSQL index and the catalog disagree, found in SQL: products shoppers can buy
// that have no document, and documents of products they no longer can. A seed or an import
// writes catalog rows without events, so the index is checked against the catalog once per
// process (lib/search/queries.ts) and only the difference is synced.
import { z } from "zod";
import { indexableProductIdsSql } from "@/lib/catalog";
import type { Db } from "@/lib/db";

export async function driftedProductIds(client: Db, limit: number): Promise<string[]> {
  const rows = await client.$queryRaw<unknown[]>`
    WITH indexable AS (${indexableProductIdsSql()})
    (SELECT i."id" FROM indexable i WHERE NOT EXISTS (SELECT 1 FROM "SearchDocument" d WHERE d."productId" = i."id") LIMIT ${limit}::int)
    UNION ALL
    (SELECT d."productId" FROM "SearchDocument" d WHERE NOT EXISTS (SELECT 1 FROM indexable i WHERE i."id" = d."productId") LIMIT ${limit}::int)`;
  return z
    .array(z.object({ id: z.string() }))
    .parse(rows)
    .map((row) => row.id);
}
