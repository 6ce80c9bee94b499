// Product listings: one page of products matching the filters, in the chosen order, plus the
// facet counts (facets.ts). Best-selling reads the analytics read model ProductDailyStats
// (units sold in the last 30 days), so a listing never scans order lines.
import { z } from "zod";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { currencyFractionDigits } from "@/lib/money";
import { listingFacets } from "./facets";
import type { ListingFilters, ListingSort } from "./listing-params";
import { predicates, scopeCtes, type SqlFilters } from "./listing-sql";
import type { ProductListing, ProductSummary } from "./types";

export const LISTING_PAGE_SIZE = 24;
/** Best-selling counts units sold in this many days (listings and search documents alike). */
export const BEST_SELLING_DAYS = 30;

export interface ListProductsInput {
  /** "clothing/tops": that category and everything below it; all products when absent. */
  categoryPath?: string;
  filters: ListingFilters;
  sort: ListingSort;
  page: number;
  /** Currency the price filter's major units are in. */
  currency?: string;
}

const pageRow = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  brand: z.string().nullable(),
  price: z.number().int(),
  compare_at: z.number().int().nullable(),
  currency: z.string(),
  in_stock: z.boolean(),
  image_url: z.string().nullable(),
  image_alt: z.string().nullable(),
  image_width: z.number().int().nullable(),
  image_height: z.number().int().nullable(),
  total: z.number().int(),
});

const newest = Prisma.sql`m."publishedAt" DESC NULLS LAST, m."createdAt" DESC, m."id" DESC`;
const ORDER: Record<ListingSort, Prisma.Sql> = {
  relevance: Prisma.sql`m.rank ASC, ${newest}`,
  "price-asc": Prisma.sql`m.price ASC, ${newest}`,
  "price-desc": Prisma.sql`m.price DESC, ${newest}`,
  newest,
  "best-selling": Prisma.sql`COALESCE(sales.units, 0) DESC, ${newest}`,
};

/** Listing filters in database terms, canonically ordered (equal filters, equal cache keys). */
export function toSqlFilters(filters: ListingFilters, currency = "USD"): SqlFilters {
  const scale = 10 ** currencyFractionDigits(currency);
  const sorted = (list: string[]) => [...new Set(list)].sort();
  return {
    brands: sorted(filters.brands),
    tags: sorted(filters.tags),
    options: Object.keys(filters.options)
      .sort()
      .map((name) => [name, sorted(filters.options[name] ?? [])] as [string, string[]])
      .filter(([, values]) => values.length > 0),
    ...(filters.priceMin === undefined ? {} : { priceMin: Math.round(filters.priceMin * scale) }),
    ...(filters.priceMax === undefined ? {} : { priceMax: Math.round(filters.priceMax * scale) }),
    inStock: filters.inStock,
  };
}

/** The same listing however its address was written: values sorted, duplicates dropped. */
export function canonicalListingInput(input: ListProductsInput): ListProductsInput {
  const { filters } = input;
  const sorted = (list: string[]) => [...new Set(list)].sort();
  const options = Object.fromEntries(
    Object.keys(filters.options)
      .sort()
      .map((name) => [name, sorted(filters.options[name] ?? [])] as const)
      .filter(([, values]) => values.length > 0),
  );
  return {
    ...input,
    filters: { ...filters, brands: sorted(filters.brands), tags: sorted(filters.tags), options },
    page: Math.max(1, Math.trunc(input.page)),
  };
}

async function listingPage(
  categoryPath: string | undefined,
  filters: SqlFilters,
  sort: ListingSort,
  page: number,
) {
  const prisma = await db();
  const p = predicates(filters);
  const sales =
    sort === "best-selling"
      ? Prisma.sql`LEFT JOIN (SELECT "productId", sum("unitsSold") AS units FROM "ProductDailyStats"
           WHERE "day" >= current_date - ${BEST_SELLING_DAYS}::int GROUP BY "productId") sales ON sales."productId" = m."id"`
      : Prisma.empty;
  const rows = await prisma.$queryRaw<unknown[]>`
    ${scopeCtes(categoryPath)},
    matched AS (
      SELECT s."id", s.rank, s."publishedAt", s."createdAt", min(v.price) AS price,
             (array_agg(v.compare_at ORDER BY v.price, v."position"))[1] AS compare_at,
             (array_agg(v."currency" ORDER BY v.price, v."position"))[1] AS currency,
             bool_or(v.in_stock) AS in_stock
      FROM scope s JOIN vars v ON v.pid = s."id"
      WHERE ${p.product} AND ${p.variant}
      GROUP BY s."id", s.rank, s."publishedAt", s."createdAt"
    ),
    paged AS (
      SELECT m.*, count(*) OVER () AS total, row_number() OVER (ORDER BY ${ORDER[sort]}) AS ord
      FROM matched m ${sales}
      ORDER BY ord LIMIT ${LISTING_PAGE_SIZE}::int OFFSET ${(page - 1) * LISTING_PAGE_SIZE}::int
    )
    SELECT pg."id", p."slug", p."title", p."brand", pg.price::int AS price, pg.compare_at::int AS compare_at,
           pg."currency"::text AS currency, pg.in_stock, img."url" AS image_url, img."alt" AS image_alt,
           img."width" AS image_width, img."height" AS image_height, pg.total::int AS total
    FROM paged pg
    JOIN "Product" p ON p."id" = pg."id"
    LEFT JOIN LATERAL (
      SELECT "url", "alt", "width", "height" FROM "ProductImage" WHERE "productId" = pg."id" ORDER BY "position", "id" LIMIT 1
    ) img ON TRUE
    ORDER BY pg.ord`;
  return z.array(pageRow).parse(rows);
}

function toSummary(row: z.infer<typeof pageRow>): ProductSummary {
  const { image_url: url, image_alt: alt, image_width: width, image_height: height } = row;
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    brand: row.brand,
    image:
      url !== null && alt !== null && width !== null && height !== null
        ? { url, alt, width, height }
        : null,
    price: { amount: row.price, currency: row.currency },
    compareAt:
      row.compare_at !== null && row.compare_at > row.price
        ? { amount: row.compare_at, currency: row.currency }
        : null,
    inStock: row.in_stock,
  };
}

/** One page of a listing with its facets. Not cached here: see queries.ts. */
export async function loadProductListing(input: ListProductsInput): Promise<ProductListing> {
  const filters = toSqlFilters(input.filters, input.currency);
  const page = Math.max(1, Math.trunc(input.page));
  const [rows, facets] = await Promise.all([
    listingPage(input.categoryPath, filters, input.sort, page),
    listingFacets(await db(), input.categoryPath, filters),
  ]);
  // Past the last page no row carries the total: ask page 1 (only for addresses typed by hand).
  const total =
    rows[0]?.total ??
    (page > 1
      ? ((await listingPage(input.categoryPath, filters, input.sort, 1))[0]?.total ?? 0)
      : 0);
  return {
    products: rows.map(toSummary),
    total,
    page,
    pageSize: LISTING_PAGE_SIZE,
    pageCount: Math.max(1, Math.ceil(total / LISTING_PAGE_SIZE)),
    facets,
  };
}
