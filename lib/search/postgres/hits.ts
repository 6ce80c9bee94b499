// A page of hits from the match bitmaps, read in the same statement.
// Few matches: their positions are read out of the bitmap and the rows fetched by docNo. Many:
// the sort's index is walked and rows whose bit is set are kept, which stops after the page (a
// tenth of the catalog matching means ~10 index entries per hit). Relevance is three tiers, each
// by best sellers: every word in the title, every word in the title or brand/tags/categories,
// the rest (words found in the description).
//
// CTEs: reads "matches" (bitmaps.ts); defines "tiers" (where each run of the ranked results
// starts, and its length) and "tier_hits" (each run's rows that can fall on the page).
import { Prisma } from "@/lib/generated/prisma/client";
import { z } from "zod";
import type { ProductSummary } from "@/lib/catalog";
import type { SearchSort } from "../types";

/** Up to this many matches, rows are fetched by position rather than by walking an index. */
const FETCH_BY_POSITION = 500;

const hitRow = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  brand: z.string().nullable(),
  image: z
    .object({ url: z.string(), alt: z.string(), width: z.number(), height: z.number() })
    .nullable(),
  priceAmount: z.number().int(),
  compareAtAmount: z.number().int().nullable(),
  currency: z.string(),
  inStock: z.boolean(),
});
export type HitRow = z.infer<typeof hitRow>;

const SORTS: Record<
  Exclude<SearchSort, "relevance">,
  { order: Prisma.Sql; columns: Prisma.Sql }
> = {
  "price-asc": {
    order: Prisma.sql`d."priceAmount" ASC, d."productId"`,
    columns: Prisma.sql`d."priceAmount", d."productId"`,
  },
  "price-desc": {
    order: Prisma.sql`d."priceAmount" DESC, d."productId"`,
    columns: Prisma.sql`d."priceAmount", d."productId"`,
  },
  newest: {
    order: Prisma.sql`d."publishedAt" DESC, d."productId"`,
    columns: Prisma.sql`d."publishedAt", d."productId"`,
  },
  "best-selling": {
    order: Prisma.sql`d."salesCount" DESC, d."publishedAt" DESC, d."productId"`,
    columns: Prisma.sql`d."salesCount", d."publishedAt", d."productId"`,
  },
};

/** Every order ends with the id, so pages never repeat or skip a product between requests. */
export function orderBy(sort: Exclude<SearchSort, "relevance">): Prisma.Sql {
  return SORTS[sort].order;
}

/**
 * A LIMIT written into the statement rather than bound: the search runs on a generic plan
 * (lib/db/planned-query.ts), which takes a bound LIMIT for a tenth of the rows and would sort
 * every match instead of walking the sort's index.
 */
function limitLiteral(value: number): Prisma.Sql {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`not a row count: ${value}`);
  return Prisma.raw(String(value));
}

/** A run of the ranked results (a tier): the documents of `bits` (SQL over matches), after those of the earlier runs. */
interface Segment {
  bits: Prisma.Sql;
  count: Prisma.Sql;
}

/**
 * The segment's rows that can fall on a page ending at `end`, numbered in sort order ("n"), by
 * both ways of reading them; each is gated by a one-time test on matches (PostgreSQL skips a gated-off
 * branch without touching the table), so only the way that suits the match count runs, and only
 * when the segment reaches the page. The LIMIT stays a constant so the planner walks the index.
 */
type Sort = (typeof SORTS)[keyof typeof SORTS];

function segmentRows(
  segment: Segment,
  tier: number,
  wanted: Prisma.Sql,
  sort: Sort,
  price: Prisma.Sql,
  end: number,
): Prisma.Sql {
  const bits = Prisma.sql`(SELECT ${segment.bits} FROM matches)`;
  const byPosition = Prisma.sql`d."docNo" = ANY (search_bit_positions(${bits}))`;
  // get_bit fails past the end: bound it, inside a CASE so the planner does not take the bound
  // for a docNo range to scan instead of walking the sort's index.
  // (Every whole bitmap of matches has the same length.)
  const byWalk = Prisma.sql`CASE WHEN d."docNo" < (SELECT bit_length(matches."bits") FROM matches) THEN get_bit(${bits}, d."docNo") = 1 ELSE false END`;
  const few = Prisma.sql`(SELECT ${wanted} AND ${segment.count} <= ${FETCH_BY_POSITION}::int FROM matches)`;
  const many = Prisma.sql`(SELECT ${wanted} AND ${segment.count} > ${FETCH_BY_POSITION}::int FROM matches)`;
  // Only the sort's columns are read while choosing the page (from an index: see the
  // migration search_covering_indexes); the page's rows are read after, by product id.
  const rows = (gate: Prisma.Sql, bit: Prisma.Sql) => Prisma.sql`
    SELECT s."productId" AS "id", s."slug", s."title", s."brand", s."image", s."priceAmount", s."compareAtAmount",
      s."currency", s."inStock", ${tier}::int AS "tier", w."n"
    FROM (
      SELECT d."productId", row_number() OVER (ORDER BY ${sort.order}) AS "n"
      FROM (SELECT ${sort.columns} FROM "SearchDocument" d WHERE ${gate} AND ${bit} AND ${price} ORDER BY ${sort.order} LIMIT ${limitLiteral(end)}) AS d
    ) AS w JOIN "SearchDocument" s ON s."productId" = w."productId"`;
  return Prisma.sql`${rows(few, byPosition)} UNION ALL ${rows(many, byWalk)}`;
}

/**
 * The CTEs (after `matchCtes`, whose "matches" they read) of one page of hits, [offset, offset + limit)
 * in the sort order, and the column that selects them as a JSON array. `ranked`: in relevance
 * tiers (a relevance sort of a search with words), else one run in the sort's order.
 */
export function hitsSql(options: {
  sort: SearchSort;
  offset: number;
  limit: number;
  ranked: boolean;
  priceRange: boolean;
}): {
  ctes: Prisma.Sql;
  column: Prisma.Sql;
} {
  const { ranked } = options;
  const sort = SORTS[options.sort === "relevance" ? "best-selling" : options.sort];
  const segments: Segment[] = ranked
    ? [
        { bits: Prisma.sql`matches."inTitle"`, count: Prisma.sql`matches."inTitleCount"` },
        {
          bits: Prisma.sql`matches."inKeywords" & ~matches."inTitle"`,
          count: Prisma.sql`(matches."inKeywordsCount" - matches."inTitleCount")`,
        },
        {
          bits: Prisma.sql`matches."bits" & ~matches."inKeywords"`,
          count: Prisma.sql`(matches."total" - matches."inKeywordsCount")`,
        },
      ]
    : [{ bits: Prisma.sql`matches."bits"`, count: Prisma.sql`matches."total"` }];
  const { offset, limit } = options;
  const end = offset + limit;
  // Every match is within the matches' price range; saying so lets a walk of the price index
  // start at the cheapest match rather than at the cheapest product (matches may all be dear).
  const price = options.priceRange
    ? Prisma.sql`d."priceAmount" BETWEEN (SELECT matches."low" FROM matches) AND (SELECT matches."high" FROM matches)`
    : Prisma.sql`TRUE`;
  // Where each segment starts in the ranked results, and whether it reaches the page.
  const starts = segments.map((_, i) =>
    i === 0
      ? Prisma.sql`0`
      : Prisma.join(
          segments.slice(0, i).map((s) => s.count),
          " + ",
        ),
  );
  const wanted = (i: number) =>
    Prisma.sql`least(${end}::int, ${starts[i]!} + ${segments[i]!.count}) > greatest(${offset}::int, ${starts[i]!})`;
  const ctes = Prisma.sql`,
    tiers AS (SELECT v.* FROM matches, LATERAL (VALUES ${Prisma.join(
      segments.map((segment, i) => Prisma.sql`(${i}::int, ${starts[i]!}, ${segment.count})`),
    )}) AS v("tier", "start", "count")),
    tier_hits AS (${Prisma.join(
      segments.map((segment, i) => segmentRows(segment, i, wanted(i), sort, price, end)),
      " UNION ALL ",
    )})`;
  const column = Prisma.sql`(
    SELECT coalesce(json_agg(json_build_object('id', tier_hits."id", 'slug', tier_hits."slug", 'title', tier_hits."title",
      'brand', tier_hits."brand", 'image', tier_hits."image", 'priceAmount', tier_hits."priceAmount",
      'compareAtAmount', tier_hits."compareAtAmount", 'currency', tier_hits."currency", 'inStock', tier_hits."inStock")
      ORDER BY tier_hits."tier", tier_hits."n"), '[]'::json)
    FROM tier_hits JOIN tiers ON tiers."tier" = tier_hits."tier"
    WHERE tier_hits."n" > ${offset}::int - tiers."start" AND tier_hits."n" <= ${end}::int - tiers."start"
      AND tier_hits."n" <= tiers."count"
  ) AS "hits"`;
  return { ctes, column };
}

/** Reads the column selected with `hitsSql(…).column`. */
export const hitsFrom = (value: unknown): HitRow[] => z.array(hitRow).parse(value);

export function toSummary(row: HitRow): ProductSummary {
  const { priceAmount, compareAtAmount, currency, ...rest } = row;
  return {
    ...rest,
    price: { amount: priceAmount, currency },
    compareAt: compareAtAmount === null ? null : { amount: compareAtAmount, currency },
  };
}
