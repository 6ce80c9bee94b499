// The catalog's facts about a product as a search index needs them, one query per batch. Shaped
// by the same rules as the product cards (cheapest active variant, compare-at only when higher,
// in stock as inventory defines it, 30-day best sellers), so lib/search never reads catalog or
// inventory tables: it shapes these rows into its documents. No "server-only":
// `npm run search:reindex` uses it.
import { z } from "zod";
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { inStockSql } from "@/lib/inventory";
import { BEST_SELLING_DAYS } from "./listing";
import type { ProductImageSummary } from "./types";

/** One findable product's catalog facts. */
export interface IndexDocument {
  id: string;
  slug: string;
  title: string;
  /** Markdown, as written. */
  description: string;
  brand: string | null;
  tags: string[];
  /** ISO date: published, or created when never published. */
  publishedAt: string;
  /** Every category path the product is in, ancestors included: "clothing", "clothing/tops". */
  categoryPaths: string[];
  categoryNames: string[];
  /** "Name:Value" pairs offered by the active variants, sorted. */
  options: string[];
  /** The cheapest active variant's price (minor units), and the dearest's. */
  priceAmount: number;
  priceMaxAmount: number;
  currency: string;
  /** The cheapest variant's compare-at price, only when above its price. */
  compareAtAmount: number | null;
  inStock: boolean;
  image: ProductImageSummary | null;
  /** Units sold in the last BEST_SELLING_DAYS days (ProductDailyStats). */
  salesCount: number;
}

/** Findable: ACTIVE with at least one ACTIVE variant (something to sell at a price). */
const indexable = (product: Prisma.Sql) => Prisma.sql`${product}."status" = 'ACTIVE'
  AND EXISTS (SELECT 1 FROM "Variant" iv WHERE iv."productId" = ${product}."id" AND iv."status" = 'ACTIVE')`;

/**
 * `SELECT p."id" FROM "Product" p WHERE <findable>`: the ids of the products an index should
 * hold, as a subquery another module can compose (search's drift check anti-joins it).
 */
export function indexableProductIdsSql(): Prisma.Sql {
  return Prisma.sql`SELECT p."id" FROM "Product" p WHERE ${indexable(Prisma.sql`p`)}`;
}

const row = z.object({
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
  image: z
    .object({ url: z.string(), alt: z.string(), width: z.number(), height: z.number() })
    .nullable(),
  salesCount: z.number().int(),
});

/**
 * The findable ones among `productIds`, in id order. Ids missing from the result (draft,
 * archived, deleted, nothing to sell) should leave an index.
 */
export async function loadIndexDocuments(
  client: Db,
  productIds: string[],
): Promise<IndexDocument[]> {
  if (productIds.length === 0) return [];
  const rows = await client.$queryRaw<unknown[]>`
    SELECT p."id", p."slug", p."title", p."description", p."brand", p."tags",
      to_char(COALESCE(p."publishedAt", p."createdAt"), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "publishedAt",
      cat."paths" AS "categoryPaths", cat."names" AS "categoryNames", opt."pairs" AS "options",
      v."priceAmount", v."priceMaxAmount", v."currency", v."compareAtAmount", v."inStock", img."image",
      COALESCE(sales."units", 0)::int AS "salesCount"
    FROM "Product" p
    CROSS JOIN LATERAL (
      -- One row even without variants (an aggregate), but the WHERE below keeps only products with one.
      SELECT min(v."priceAmount")::int AS "priceAmount", max(v."priceAmount")::int AS "priceMaxAmount",
        (array_agg(v."currency" ORDER BY v."priceAmount", v."position", v."id"))[1]::text AS "currency",
        (array_agg(v."compareAtAmount" ORDER BY v."priceAmount", v."position", v."id"))[1] AS "compareAtAmount",
        bool_or(${inStockSql(Prisma.sql`v."id"`)}) AS "inStock"
      FROM "Variant" v
      WHERE v."productId" = p."id" AND v."status" = 'ACTIVE'
    ) v
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
    WHERE p."id" = ANY(${productIds}::text[]) AND ${indexable(Prisma.sql`p`)}
    ORDER BY p."id"`;
  return z
    .array(row)
    .parse(rows)
    .map((r) => ({
      ...r,
      categoryPaths: r.categoryPaths ?? [],
      categoryNames: r.categoryNames ?? [],
      options: r.options ?? [],
      compareAtAmount:
        r.compareAtAmount !== null && r.compareAtAmount > r.priceAmount ? r.compareAtAmount : null,
    }));
}

/** Ids of ACTIVE products after `after` (in id order), a page at a time, for a full reindex. */
export async function activeProductIds(
  client: Db,
  after: string | null,
  limit: number,
): Promise<string[]> {
  const rows = await client.product.findMany({
    where: { status: "ACTIVE", ...(after === null ? {} : { id: { gt: after } }) },
    orderBy: { id: "asc" },
    take: limit,
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

export async function countActiveProducts(client: Db): Promise<number> {
  return client.product.count({ where: { status: "ACTIVE" } });
}

/** How many products an index should hold (the rows of indexableProductIdsSql). */
export async function countIndexableProducts(client: Db): Promise<number> {
  const rows = await client.$queryRaw<
    unknown[]
  >`SELECT count(*)::int AS "count" FROM (${indexableProductIdsSql()}) indexable`;
  return z.array(z.object({ count: z.number().int() })).parse(rows)[0]?.count ?? 0;
}
