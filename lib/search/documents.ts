// Builds search documents from the catalog, one query per batch of products. The index is a
// read model (CQRS) of the catalog, so this is the one place where lib/search reads catalog
// tables — read-only, and shaped by the same rules as the catalog's product cards (cheapest
// active variant, compare-at only when higher, stock = on hand − reserved, 30-day best sellers).
// No "server-only": `npm run search:reindex` uses it.
import { z } from "zod";
import type { Db } from "@/lib/db";
import { plainText } from "./text";
import type { SearchDocument } from "./types";

/** The same window as the catalog's best-selling listing (ProductDailyStats). */
export const BEST_SELLING_DAYS = 30;

const documentRow = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  brand: z.string().nullable(),
  tags: z.array(z.string()),
  publishedAt: z.string(),
  categoryPaths: z.array(z.string()).nullable(),
  categoryNames: z.array(z.string()).nullable(),
  options: z.array(z.string()).nullable(),
  priceAmount: z.number().int(),
  priceMaxAmount: z.number().int(),
  currency: z.string(),
  compareAtAmount: z.number().int().nullable(),
  inStock: z.boolean(),
  image: z.object({ url: z.string(), alt: z.string(), width: z.number(), height: z.number() }).nullable(),
  salesCount: z.number().int(),
});

/**
 * Documents for those of `productIds` that shoppers can find: ACTIVE, with an active variant.
 * Ids missing from the result (draft, archived, deleted, nothing to sell) leave the index.
 */
export async function loadSearchDocuments(client: Db, productIds: string[]): Promise<SearchDocument[]> {
  if (productIds.length === 0) return [];
  const rows = await client.$queryRaw<unknown[]>`
    SELECT p."id", p."slug", p."title", p."description", p."brand", p."tags",
      to_char(COALESCE(p."publishedAt", p."createdAt"), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "publishedAt",
      cat."paths" AS "categoryPaths", cat."names" AS "categoryNames", opt."pairs" AS "options",
      v."priceAmount", v."priceMaxAmount", v."currency", v."compareAtAmount", v."inStock", img."image",
      COALESCE(sales."units", 0)::int AS "salesCount"
    FROM "Product" p
    JOIN LATERAL (
      SELECT min(v."priceAmount")::int AS "priceAmount", max(v."priceAmount")::int AS "priceMaxAmount",
        (array_agg(v."currency" ORDER BY v."priceAmount", v."position", v."id"))[1]::text AS "currency",
        (array_agg(v."compareAtAmount" ORDER BY v."priceAmount", v."position", v."id"))[1] AS "compareAtAmount",
        -- No InventoryLevel row means stock is not recorded: not in stock, never oversold.
        COALESCE(bool_or(i."onHand" - i."reserved" > 0), false) AS "inStock"
      FROM "Variant" v LEFT JOIN "InventoryLevel" i ON i."variantId" = v."id"
      WHERE v."productId" = p."id" AND v."status" = 'ACTIVE'
      HAVING count(*) > 0
    ) v ON TRUE
    LEFT JOIN LATERAL (
      -- The product's categories and all their ancestors, found through the materialised path.
      SELECT array_agg(DISTINCT a."path" ORDER BY a."path") AS "paths", array_agg(DISTINCT a."name") AS "names"
      FROM "ProductCategory" pc
      JOIN "Category" c ON c."id" = pc."categoryId"
      JOIN "Category" a ON c."path" = a."path" OR starts_with(c."path", a."path" || '/')
      WHERE pc."productId" = p."id"
    ) cat ON TRUE
    LEFT JOIN LATERAL (
      SELECT array_agg(DISTINCT kv.key || ':' || kv.value ORDER BY kv.key || ':' || kv.value) AS "pairs"
      FROM "Variant" v CROSS JOIN LATERAL jsonb_each_text(v."options") kv
      WHERE v."productId" = p."id" AND v."status" = 'ACTIVE' AND jsonb_typeof(v."options") = 'object'
    ) opt ON TRUE
    LEFT JOIN LATERAL (
      SELECT jsonb_build_object('url', im."url", 'alt', im."alt", 'width', im."width", 'height', im."height") AS "image"
      FROM "ProductImage" im WHERE im."productId" = p."id" ORDER BY im."position", im."id" LIMIT 1
    ) img ON TRUE
    LEFT JOIN LATERAL (
      SELECT sum(s."unitsSold")::int AS "units" FROM "ProductDailyStats" s
      WHERE s."productId" = p."id" AND s."day" >= current_date - ${BEST_SELLING_DAYS}::int
    ) sales ON TRUE
    WHERE p."id" = ANY(${productIds}::text[]) AND p."status" = 'ACTIVE'
    ORDER BY p."id"`;
  return z
    .array(documentRow)
    .parse(rows)
    .map((row) => ({
      ...row,
      description: plainText(row.description),
      categoryPaths: row.categoryPaths ?? [],
      categoryNames: row.categoryNames ?? [],
      options: row.options ?? [],
      compareAtAmount: row.compareAtAmount !== null && row.compareAtAmount > row.priceAmount ? row.compareAtAmount : null,
    }));
}

/** Ids of ACTIVE products after `after` (in id order), a page at a time, for a full reindex. */
export async function activeProductIds(client: Db, after: string | null, limit: number): Promise<string[]> {
  const rows = await client.product.findMany({
    where: { status: "ACTIVE", ...(after === null ? {} : { id: { gt: after } }) },
    orderBy: { id: "asc" },
    take: limit,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

export async function countActiveProducts(client: Db): Promise<number> {
  return client.product.count({ where: { status: "ACTIVE" } });
}

/** ACTIVE products with an active variant: those that should have a document. */
export async function countIndexableProducts(client: Db): Promise<number> {
  return client.product.count({ where: { status: "ACTIVE", variants: { some: { status: "ACTIVE" } } } });
}
