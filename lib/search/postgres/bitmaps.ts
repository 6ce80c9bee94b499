// Which documents match a search, as bitmaps (the SearchBitmap table, in chunks of 8,192
// documents): the words' bitmaps ANDed (each word's ways of matching ORed), the category scope
// and every filter group ANDed, and the facet counts as bit_count(value & the other groups):
// one pass over the facet values' bitmaps, so a search matching 20,000 products costs about
// what one matching 20 does.
import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchFacets, SearchFilters } from "../types";
import { facetColumns as facetColumnsRow, facetsFromColumns } from "./facet-rows";
import { filterBitmaps, scopeKey, type ChunkContext } from "./filters";
import type { TextPart } from "./text-query";

/** Chunks' bitmaps (in chunk order) joined into one: bit n of the result is docNo n. */
const whole = (bits: Prisma.Sql) =>
  Prisma.sql`('x' || coalesce(string_agg(substr(encode(varbit_send(${bits}), 'hex'), 9), '' ORDER BY m."chunk"), ''))::bit varying`;

const at: ChunkContext = {
  chunk: Prisma.sql`x0."chunk"`,
  zero: Prisma.sql`x0."zero"`,
  all: Prisma.sql`x0."all"`,
  slices: Prisma.sql`coalesce(ps."slices", ARRAY[]::bit varying[])`,
};

/**
 * The price's bit slices "p:0".."p:n" in order, gaps filled with empty bitmaps, for the chunks
 * where anything matches the words and the scope (only those are filtered or counted).
 */
const priceSlices = Prisma.sql`
  ps AS (
    SELECT x0."chunk", array_agg(
      coalesce((SELECT b."bits" FROM "SearchBitmap" b WHERE b."key" = 'p:' || i AND b."chunk" = x0."chunk"), x0."zero") ORDER BY i
    ) AS "slices"
    FROM x0 CROSS JOIN generate_series(0, (
      SELECT coalesce(max(substr(s."key", 3)::integer), -1) FROM "SearchBitmap" s WHERE s."key" ~>=~ 'p:' AND s."key" ~<~ 'p;' AND s."chunk" = 0
    )) AS i
    WHERE x0."any"
    GROUP BY x0."chunk"
  ),`;

/**
 * Per chunk, the words' bitmaps in each key space: "m:" matching, and for ranking "a:" title and
 * "r:" title + keywords. A part matches where all its lexemes do (a lexeme no document has gives
 * no rows, so the part drops out), a prefix where any key starting with it does.
 */
function textBitmaps(parts: TextPart[], ranked: boolean): Prisma.Sql {
  const words = new Set(parts.map((part) => part.word)).size;
  const spaces = ranked ? Prisma.sql`(VALUES ('m:'), ('a:'), ('r:'))` : Prisma.sql`(VALUES ('m:'))`;
  return Prisma.sql`
    parts AS (
      SELECT p."word", p."prefix", p."text", p."part",
        CASE WHEN p."prefix" THEN ARRAY[]::text[] ELSE tsvector_to_array(to_tsvector(p."config"::regconfig, p."text")) END AS lexemes
      FROM jsonb_to_recordset(${JSON.stringify(parts.map((part, index) => ({ ...part, part: index })))}::jsonb)
        AS p("word" int, "part" int, "config" text, "text" text, "prefix" boolean)
    ),
    part_bits AS (
      SELECT p."word", s."space", pb."chunk", pb."bits"
      FROM parts p CROSS JOIN ${spaces} AS s("space")
      CROSS JOIN LATERAL (
        SELECT b."chunk", bit_and(b."bits") AS "bits" FROM "SearchBitmap" b
        WHERE NOT p."prefix" AND b."key" = ANY (ARRAY(SELECT s."space" || l FROM unnest(p.lexemes) AS l))
        GROUP BY b."chunk" HAVING count(*) = cardinality(p.lexemes)
        UNION ALL
        SELECT b."chunk", bit_or(b."bits") FROM "SearchBitmap" b
        WHERE p."prefix" AND b."key" ~>=~ (s."space" || p."text") AND b."key" ~<~ (s."space" || p."text" || chr(1114111))
        GROUP BY b."chunk"
      ) AS pb
      WHERE p."prefix" OR cardinality(p.lexemes) > 0
    ),
    word_bits AS (SELECT "word", "space", "chunk", bit_or("bits") AS "bits" FROM part_bits GROUP BY 1, 2, 3),
    text_bits AS (
      SELECT "space", "chunk", CASE WHEN count(*) = ${words}::int THEN bit_and("bits") END AS "bits"
      FROM word_bits GROUP BY 1, 2
    ),`;
}

/**
 * The CTEs (without WITH) of a search's matches, ending in the one-row "t": "total",
 * "inTitleCount", "inKeywordsCount", the whole bitmaps "matches", "inTitle", "inKeywords", and
 * with `priceRange` the matches' lowest and highest price "low", "high" (NULLs when none match).
 * `columns` are the facet columns to select FROM t (empty without `facets`).
 */
export function matchCtes(
  parts: TextPart[],
  filters: SearchFilters,
  options: { facets: boolean; priceRange: boolean; ranked: boolean },
): { ctes: Prisma.Sql; columns: Prisma.Sql } {
  const hasText = parts.length > 0;
  // Title and keyword bitmaps only order results by relevance.
  const ranked = hasText && options.ranked;
  const space = (name: string) =>
    Prisma.sql`coalesce((SELECT t."bits" FROM text_bits t WHERE t."space" = ${name} AND t."chunk" = e."chunk"), e."zero")`;
  const scope = scopeKey(filters);
  const scopeBits = scope
    ? Prisma.sql`coalesce((SELECT b."bits" FROM "SearchBitmap" b WHERE b."key" = ${scope} AND b."chunk" = e."chunk"), e."zero")`
    : Prisma.sql`e."all"`;
  const groups = filterBitmaps(filters);
  const raw = (name: string) => Prisma.raw(`"${name}"`);
  const list = (items: Prisma.Sql[]) => (items.length ? Prisma.join(items, " ") : Prisma.empty);
  /** base AND every group but `skip` (none when skip is null). */
  const applied = (skip: number | null) =>
    Prisma.join([Prisma.sql`x."base"`, ...groups.flatMap((_, i) => (i === skip ? [] : [Prisma.sql`x.${raw(`g${i}`)}`]))], " & ");
  // Each group's mask (every other filter applied) is computed once, not once per facet value.
  const mask = (group: string) => {
    const index = groups.findIndex((g) => g.group === group);
    return index === -1 ? Prisma.sql`m."final"` : Prisma.sql`m.${raw(`except${index}`)}`;
  };

  const hasPriceFilter = groups.some((g) => g.group === "price");
  const { priceRange } = options;
  // The price's bit slices, read once: for a price filter and for price ranges.
  const needSlices = hasPriceFilter || options.facets || priceRange;
  // Without a price filter the facets' price range is the matches' own: computed once.
  const facetPrice =
    hasPriceFilter || !priceRange ? priceRangeJson(mask("price")) : Prisma.sql`json_build_object('low', t."low", 'high', t."high")`;

  const ctes = Prisma.sql`
    e AS (SELECT b."chunk", b."bits" AS "all", b."bits" # b."bits" AS "zero" FROM "SearchBitmap" b WHERE b."key" = '*'),
    ${hasText ? textBitmaps(parts, ranked) : Prisma.empty}
    x0 AS MATERIALIZED (
      SELECT c.*, bit_count(c."base") > 0 AS "any" FROM (
        SELECT e."chunk", e."all", e."zero", ${hasText ? space("m:") : Prisma.sql`e."all"`} & ${scopeBits} AS "base",
          ${ranked ? space("a:") : Prisma.sql`e."zero"`} AS "title", ${ranked ? space("r:") : Prisma.sql`e."zero"`} AS "keywords"
        FROM e
      ) AS c
    ),
    ${needSlices ? priceSlices : Prisma.empty}
    x AS MATERIALIZED (
      -- Filters are read only where the words and the scope left anything.
      SELECT x0."chunk", x0."any", x0."base", x0."title", x0."keywords"
        ${list(groups.map((g, i) => Prisma.sql`, CASE WHEN x0."any" THEN ${g.bits(at)} ELSE x0."zero" END AS ${raw(`g${i}`)}`))}
        ${needSlices ? Prisma.sql`, ${at.slices} AS "slices"` : Prisma.empty}
      FROM x0 ${needSlices ? Prisma.sql`LEFT JOIN ps ON ps."chunk" = x0."chunk"` : Prisma.empty}
    ),
    m AS MATERIALIZED (
      SELECT x."chunk", x."any", ${needSlices ? Prisma.sql`x."slices",` : Prisma.empty} ${applied(null)} AS "final", x."title", x."keywords"
        ${list(groups.map((_, i) => Prisma.sql`, ${applied(i)} AS ${raw(`except${i}`)}`))}
      FROM x
    ),
    ${priceRange ? Prisma.sql`pr AS (${priceRangeOf(Prisma.sql`m."final"`)}),` : Prisma.empty}
    t AS MATERIALIZED (
      SELECT coalesce(sum(bit_count(m."final")), 0)::int AS "total",
        coalesce(sum(bit_count(m."final" & m."title")), 0)::int AS "inTitleCount",
        coalesce(sum(bit_count(m."final" & m."keywords")), 0)::int AS "inKeywordsCount",
        ${whole(Prisma.sql`m."final"`)} AS "matches",
        ${whole(Prisma.sql`m."final" & m."title"`)} AS "inTitle",
        ${whole(Prisma.sql`m."final" & m."keywords"`)} AS "inKeywords"
        ${priceRange ? Prisma.sql`, (SELECT pr."low" FROM pr) AS "low", (SELECT pr."high" FROM pr) AS "high"` : Prisma.empty}
      FROM m
    )`;
  return { ctes, columns: options.facets ? facetColumns(mask, groups.map((g) => g.group), facetPrice) : Prisma.empty };
}

/** Reads the facet columns selected with `matchCtes(…).columns`. */
export function facetsFrom(row: unknown): SearchFacets {
  return facetsFromColumns(facetColumnsRow.parse(row));
}

/** The lowest and highest price in a bitmap of m, as a row (low, high): NULLs when it is empty. */
const priceRangeOf = (bits: Prisma.Sql) =>
  Prisma.sql`SELECT min(r."low") AS "low", max(r."high") AS "high" FROM m, LATERAL search_price_range(m."slices", ${bits}) AS r WHERE m."any"`;

/** The same as JSON {low, high}. */
const priceRangeJson = (bits: Prisma.Sql) => Prisma.sql`(SELECT json_build_object('low', p."low", 'high', p."high") FROM (${priceRangeOf(bits)}) AS p)`;

/**
 * The facet counts, as aggregates over the chunks of m: every facet value's bitmap ANDed with
 * the matches under all filter groups but its own (categories: all of them), the in-stock count
 * without the stock filter, and the price range without the price filter.
 */
function facetColumns(mask: (group: string) => Prisma.Sql, groups: string[], priceRange: Prisma.Sql): Prisma.Sql {
  const optionMasks = groups
    .filter((g) => g.startsWith("option:"))
    .map((g) => Prisma.sql`WHEN starts_with(b."key", ${`f:o:${g.slice("option:".length)}:`}) THEN ${mask(g)}`);
  const rowMask = Prisma.sql`CASE
    WHEN starts_with(b."key", 'f:b:') THEN ${mask("brand")}
    WHEN starts_with(b."key", 'f:t:') THEN ${mask("tag")}
    ${optionMasks.length ? Prisma.join(optionMasks, " ") : Prisma.empty}
    ELSE m."final" END`;
  return Prisma.sql`,
    (SELECT coalesce(json_agg(json_build_object('value', f."value", 'count', f."count")), '[]'::json) FROM (
      SELECT substr(b."key", 3) AS "value", sum(bit_count(b."bits" & ${rowMask}))::int AS "count"
      FROM m JOIN "SearchBitmap" b ON b."chunk" = m."chunk"
      WHERE m."any" AND b."ones" > 0 AND b."key" ~>=~ 'f:' AND b."key" ~<~ 'f;'
      GROUP BY b."key"
    ) AS f WHERE f."count" > 0) AS "facetRows",
    coalesce((
      SELECT sum(bit_count(${mask("stock")} & b."bits")) FROM m JOIN "SearchBitmap" b ON b."key" = 's' AND b."chunk" = m."chunk" WHERE m."any"
    ), 0)::int AS "inStock",
    ${priceRange} AS "priceRange"`;
}
