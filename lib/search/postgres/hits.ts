// A page of hits from the match bitmaps. Few matches: their positions are read out of the
// bitmap and the rows fetched by docNo. Many: the sort's index is walked and rows whose bit is
// set are kept, which stops after the page (a tenth of the catalog matching means ~10 index
// entries per hit). Relevance is three tiers, each by best sellers: every word in the title,
// every word in the title or brand/tags/categories, the rest (words found in the description).
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import { z } from "zod";
import type { ProductSummary } from "@/lib/catalog";
import type { SearchSort } from "../types";
import { fromHex, type MatchBitmaps } from "./bitmaps";

/** Up to this many matches, rows are fetched by position rather than by walking an index. */
const FETCH_BY_POSITION = 500;

const hitRow = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  brand: z.string().nullable(),
  image: z.object({ url: z.string(), alt: z.string(), width: z.number(), height: z.number() }).nullable(),
  priceAmount: z.number().int(),
  compareAtAmount: z.number().int().nullable(),
  currency: z.string(),
  inStock: z.boolean(),
});
export type HitRow = z.infer<typeof hitRow>;

/** Every order ends with the id, so pages never repeat or skip a product between requests. */
export function orderBy(sort: Exclude<SearchSort, "relevance">): Prisma.Sql {
  switch (sort) {
    case "price-asc":
      return Prisma.sql`d."priceAmount" ASC, d."productId"`;
    case "price-desc":
      return Prisma.sql`d."priceAmount" DESC, d."productId"`;
    case "newest":
      return Prisma.sql`d."publishedAt" DESC, d."productId"`;
    case "best-selling":
      return Prisma.sql`d."salesCount" DESC, d."publishedAt" DESC, d."productId"`;
  }
}

interface Segment {
  /** SQL for the segment's bitmap. */
  bits: Prisma.Sql;
  count: number;
  offset: number;
  limit: number;
}

function segmentQuery(segment: Segment, order: Prisma.Sql, tier: number, length: number, price: Prisma.Sql): Prisma.Sql {
  const bit =
    segment.count <= FETCH_BY_POSITION
      ? Prisma.sql`d."docNo" = ANY (search_bit_positions(${segment.bits}))`
      : // A document indexed after the bitmaps were read may lie beyond them.
        Prisma.sql`CASE WHEN d."docNo" < ${length}::int THEN get_bit(${segment.bits}, d."docNo") = 1 ELSE false END`;
  const where = Prisma.sql`${bit} AND ${price}`;
  return Prisma.sql`(
    SELECT d."productId" AS "id", d."slug", d."title", d."brand", d."image", d."priceAmount", d."compareAtAmount",
      d."currency", d."inStock", ${tier}::int AS "tier", row_number() OVER (ORDER BY ${order}) AS "n"
    FROM (SELECT * FROM "SearchDocument" d WHERE ${where} ORDER BY ${order} LIMIT ${segment.limit}::int OFFSET ${segment.offset}::int) AS d
  )`;
}

/** The part of each ranked segment that falls on the page [offset, offset + limit). */
function onPage(segments: Omit<Segment, "offset" | "limit">[], offset: number, limit: number): Segment[] {
  const page: Segment[] = [];
  let start = 0;
  for (const segment of segments) {
    const from = Math.max(offset, start);
    const to = Math.min(offset + limit, start + segment.count);
    if (to > from) page.push({ ...segment, offset: from - start, limit: to - from });
    start += segment.count;
  }
  return page;
}

export async function pageOfHits(
  client: Db,
  match: MatchBitmaps,
  options: { sort: SearchSort; offset: number; limit: number; ranked: boolean },
): Promise<HitRow[]> {
  if (match.total === 0 || options.offset >= match.total) return [];
  const bits = fromHex;
  const ranked = options.sort === "relevance" && options.ranked;
  const order = orderBy(options.sort === "relevance" ? "best-selling" : options.sort);
  const segments = ranked
    ? [
        { bits: bits(match.inTitle), count: match.inTitleCount },
        { bits: Prisma.sql`${bits(match.inKeywords)} & ~${bits(match.inTitle)}`, count: match.inKeywordsCount - match.inTitleCount },
        { bits: Prisma.sql`${bits(match.matches)} & ~${bits(match.inKeywords)}`, count: match.total - match.inKeywordsCount },
      ]
    : [{ bits: bits(match.matches), count: match.total }];
  const page = onPage(segments, options.offset, options.limit);
  if (page.length === 0) return [];
  // Every match is within its price range; saying so lets a walk of the price index start at the
  // cheapest match rather than at the cheapest product (matches may all be dear, or all cheap).
  const price = match.priceRange
    ? Prisma.sql`d."priceAmount" BETWEEN ${match.priceRange.min}::int AND ${match.priceRange.max}::int`
    : Prisma.sql`TRUE`;
  const queries = page.map((segment, tier) => segmentQuery(segment, order, tier, match.matches.length * 4, price));
  const rows = await client.$queryRaw<unknown[]>`
    SELECT * FROM (${Prisma.join(queries, " UNION ALL ")}) AS h ORDER BY h."tier", h."n"`;
  return z.array(hitRow).parse(rows);
}

export function toSummary(row: HitRow): ProductSummary {
  const { priceAmount, compareAtAmount, currency, ...rest } = row;
  return {
    ...rest,
    price: { amount: priceAmount, currency },
    compareAt: compareAtAmount === null ? null : { amount: compareAtAmount, currency },
  };
}
