// Which documents match a search, as bitmaps (the SearchBitmap table, in chunks of 8,192
// documents): the words' bitmaps ANDed (each word's ways of matching ORed), the category scope
// and every filter group ANDed, and the facet counts as bit_count(value & the other groups):
// one pass over the facet values' bitmaps, so a search matching 20,000 products costs about
// what one matching 20 does.
//
// CTEs: reads none; defines, in order, "chunks" (each chunk's full and empty bitmap), with words
// "query_parts", "part_bits", "word_bits", "text_bits" (the words' bitmaps per key space and
// chunk), "scoped_chunks" (words and category scope per chunk), "price_slices", "filtered_chunks"
// (each filter group's bitmap per chunk), "chunk_matches" (per chunk the matches and, per group,
// the matches under every other group), "match_prices" and the one-row "matches" that hits.ts
// and search.ts read. The facet columns are read FROM "matches" and aggregate "chunk_matches".
import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchFacets, SearchFilters } from "../types";
import { facetColumns as facetColumnsRow, facetsFromColumns } from "./facet-rows";
import {
  KEY,
  FACET_PREFIX,
  afterPrefix,
  facetKey,
  keyLiteral,
  keyPrefixRange,
  optionPrefix,
  type WordSpace,
} from "./bitmap-keys";
import { filterBitmaps, scopeKey, type ChunkContext } from "./filters";
import type { TextPart } from "./text-query";

/** Chunks' bitmaps (in chunk order) joined into one: bit n of the result is docNo n. */
const whole = (bits: Prisma.Sql) =>
  Prisma.sql`('x' || coalesce(string_agg(substr(encode(varbit_send(${bits}), 'hex'), 9), '' ORDER BY chunk_matches."chunk"), ''))::bit varying`;

const at: ChunkContext = {
  chunk: Prisma.sql`scoped_chunks."chunk"`,
  zero: Prisma.sql`scoped_chunks."zero"`,
  all: Prisma.sql`scoped_chunks."all"`,
  slices: Prisma.sql`coalesce(price_slices."slices", ARRAY[]::bit varying[])`,
};

/**
 * The price's bit slices "p:0".."p:n" in order, gaps filled with empty bitmaps, for the chunks
 * where anything matches the words and the scope (only those are filtered or counted).
 */
const priceSlices = Prisma.sql`
  price_slices AS (
    SELECT scoped_chunks."chunk", array_agg(
      coalesce((SELECT b."bits" FROM "SearchBitmap" b WHERE b."key" = ${keyLiteral(KEY.price)} || i AND b."chunk" = scoped_chunks."chunk"), scoped_chunks."zero") ORDER BY i
    ) AS "slices"
    FROM scoped_chunks CROSS JOIN generate_series(0, (
      SELECT coalesce(max(substr(s."key", ${afterPrefix(KEY.price)})::integer), -1) FROM "SearchBitmap" s WHERE ${keyPrefixRange(Prisma.sql`s."key"`, KEY.price)} AND s."chunk" = 0
    )) AS i
    WHERE scoped_chunks."any"
    GROUP BY scoped_chunks."chunk"
  ),`;

/**
 * Per chunk, the words' bitmaps in each key space: "m:" matching, and for ranking "a:" title and
 * "r:" title + keywords. A part matches where all its lexemes do (a lexeme no document has gives
 * no rows, so the part drops out), a prefix where any key starting with it does.
 */
function textBitmaps(parts: TextPart[], ranked: boolean): Prisma.Sql {
  const words = new Set(parts.map((part) => part.word)).size;
  const spaces: WordSpace[] = ranked ? [KEY.match, KEY.title, KEY.keywords] : [KEY.match];
  return Prisma.sql`
    query_parts AS (
      SELECT p."word", p."prefix", p."text", p."part",
        CASE WHEN p."prefix" THEN ARRAY[]::text[] ELSE tsvector_to_array(to_tsvector(p."config"::regconfig, p."text")) END AS lexemes
      FROM jsonb_to_recordset(${JSON.stringify(parts.map((part, index) => ({ ...part, part: index })))}::jsonb)
        AS p("word" int, "part" int, "config" text, "text" text, "prefix" boolean)
    ),
    part_bits AS (
      SELECT p."word", s."space", pb."chunk", pb."bits"
      FROM query_parts p CROSS JOIN (VALUES ${Prisma.join(
        spaces.map((space) => Prisma.sql`(${keyLiteral(space)})`),
        ", ",
      )}) AS s("space")
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
 * The CTEs (without WITH) of a search's matches, ending in the one-row "matches": "total",
 * "inTitleCount", "inKeywordsCount", the whole bitmaps "bits", "inTitle", "inKeywords", and
 * with `priceRange` the matches' lowest and highest price "low", "high" (NULLs when none match).
 * `columns` are the facet columns to select FROM matches (empty without `facets`).
 */
export function matchCtes(
  parts: TextPart[],
  filters: SearchFilters,
  options: { facets: boolean; priceRange: boolean; ranked: boolean },
): { ctes: Prisma.Sql; columns: Prisma.Sql } {
  const hasText = parts.length > 0;
  // Title and keyword bitmaps only order results by relevance.
  const ranked = hasText && options.ranked;
  const space = (name: WordSpace) =>
    Prisma.sql`coalesce((SELECT w."bits" FROM text_bits w WHERE w."space" = ${name} AND w."chunk" = chunks."chunk"), chunks."zero")`;
  const scope = scopeKey(filters);
  const scopeBits = scope
    ? Prisma.sql`coalesce((SELECT b."bits" FROM "SearchBitmap" b WHERE b."key" = ${scope} AND b."chunk" = chunks."chunk"), chunks."zero")`
    : Prisma.sql`chunks."all"`;
  const groups = filterBitmaps(filters);
  const raw = (name: string) => Prisma.raw(`"${name}"`);
  const list = (items: Prisma.Sql[]) => (items.length ? Prisma.join(items, " ") : Prisma.empty);
  /** base AND every group but `skip` (none when skip is null). */
  const applied = (skip: number | null) =>
    Prisma.join(
      [
        Prisma.sql`filtered_chunks."base"`,
        ...groups.flatMap((_, i) =>
          i === skip ? [] : [Prisma.sql`filtered_chunks.${raw(`g${i}`)}`],
        ),
      ],
      " & ",
    );
  // Each group's mask (every other filter applied) is computed once, not once per facet value.
  const mask = (group: string) => {
    const index = groups.findIndex((g) => g.group === group);
    return index === -1
      ? Prisma.sql`chunk_matches."final"`
      : Prisma.sql`chunk_matches.${raw(`except${index}`)}`;
  };

  const hasPriceFilter = groups.some((g) => g.group === "price");
  const { priceRange } = options;
  // The price's bit slices, read once: for a price filter and for price ranges.
  const needSlices = hasPriceFilter || options.facets || priceRange;
  // Without a price filter the facets' price range is the matches' own: computed once.
  const facetPrice =
    hasPriceFilter || !priceRange
      ? priceRangeJson(mask("price"))
      : Prisma.sql`json_build_object('low', matches."low", 'high', matches."high")`;

  const ctes = Prisma.sql`
    chunks AS (SELECT b."chunk", b."bits" AS "all", b."bits" # b."bits" AS "zero" FROM "SearchBitmap" b WHERE b."key" = ${keyLiteral(KEY.all)}),
    ${hasText ? textBitmaps(parts, ranked) : Prisma.empty}
    scoped_chunks AS MATERIALIZED (
      SELECT c.*, bit_count(c."base") > 0 AS "any" FROM (
        SELECT chunks."chunk", chunks."all", chunks."zero", ${hasText ? space(KEY.match) : Prisma.sql`chunks."all"`} & ${scopeBits} AS "base",
          ${ranked ? space(KEY.title) : Prisma.sql`chunks."zero"`} AS "title", ${ranked ? space(KEY.keywords) : Prisma.sql`chunks."zero"`} AS "keywords"
        FROM chunks
      ) AS c
    ),
    ${needSlices ? priceSlices : Prisma.empty}
    filtered_chunks AS MATERIALIZED (
      -- Filters are read only where the words and the scope left anything.
      SELECT scoped_chunks."chunk", scoped_chunks."any", scoped_chunks."base", scoped_chunks."title", scoped_chunks."keywords"
        ${list(groups.map((g, i) => Prisma.sql`, CASE WHEN scoped_chunks."any" THEN ${g.bits(at)} ELSE scoped_chunks."zero" END AS ${raw(`g${i}`)}`))}
        ${needSlices ? Prisma.sql`, ${at.slices} AS "slices"` : Prisma.empty}
      FROM scoped_chunks ${needSlices ? Prisma.sql`LEFT JOIN price_slices ON price_slices."chunk" = scoped_chunks."chunk"` : Prisma.empty}
    ),
    chunk_matches AS MATERIALIZED (
      SELECT filtered_chunks."chunk", filtered_chunks."any", ${needSlices ? Prisma.sql`filtered_chunks."slices",` : Prisma.empty} ${applied(null)} AS "final", filtered_chunks."title", filtered_chunks."keywords"
        ${list(groups.map((_, i) => Prisma.sql`, ${applied(i)} AS ${raw(`except${i}`)}`))}
      FROM filtered_chunks
    ),
    ${priceRange ? Prisma.sql`match_prices AS (${priceRangeOf(Prisma.sql`chunk_matches."final"`)}),` : Prisma.empty}
    matches AS MATERIALIZED (
      SELECT coalesce(sum(bit_count(chunk_matches."final")), 0)::int AS "total",
        coalesce(sum(bit_count(chunk_matches."final" & chunk_matches."title")), 0)::int AS "inTitleCount",
        coalesce(sum(bit_count(chunk_matches."final" & chunk_matches."keywords")), 0)::int AS "inKeywordsCount",
        ${whole(Prisma.sql`chunk_matches."final"`)} AS "bits",
        ${whole(Prisma.sql`chunk_matches."final" & chunk_matches."title"`)} AS "inTitle",
        ${whole(Prisma.sql`chunk_matches."final" & chunk_matches."keywords"`)} AS "inKeywords"
        ${priceRange ? Prisma.sql`, (SELECT match_prices."low" FROM match_prices) AS "low", (SELECT match_prices."high" FROM match_prices) AS "high"` : Prisma.empty}
      FROM chunk_matches
    )`;
  return {
    ctes,
    columns: options.facets
      ? facetColumns(
          mask,
          groups.map((g) => g.group),
          facetPrice,
        )
      : Prisma.empty,
  };
}

/** Reads the facet columns selected with `matchCtes(…).columns`. */
export function facetsFrom(row: unknown): SearchFacets {
  return facetsFromColumns(facetColumnsRow.parse(row));
}

/** The lowest and highest price in a bitmap of chunk_matches, as a row (low, high): NULLs when it is empty. */
const priceRangeOf = (bits: Prisma.Sql) =>
  Prisma.sql`SELECT min(r."low") AS "low", max(r."high") AS "high" FROM chunk_matches, LATERAL search_price_range(chunk_matches."slices", ${bits}) AS r WHERE chunk_matches."any"`;

/** The same as JSON {low, high}. */
const priceRangeJson = (bits: Prisma.Sql) =>
  Prisma.sql`(SELECT json_build_object('low', p."low", 'high', p."high") FROM (${priceRangeOf(bits)}) AS p)`;

/**
 * The facet counts, as aggregates over the chunks of chunk_matches: every facet value's bitmap ANDed with
 * the matches under all filter groups but its own (categories: all of them), the in-stock count
 * without the stock filter, and the price range without the price filter.
 */
function facetColumns(
  mask: (group: string) => Prisma.Sql,
  groups: string[],
  priceRange: Prisma.Sql,
): Prisma.Sql {
  const optionMasks = groups
    .filter((g) => g.startsWith("option:"))
    .map(
      (g) =>
        Prisma.sql`WHEN starts_with(b."key", ${facetKey(optionPrefix(g.slice("option:".length)))}) THEN ${mask(g)}`,
    );
  const rowMask = Prisma.sql`CASE
    WHEN starts_with(b."key", ${keyLiteral(facetKey(FACET_PREFIX.brand))}) THEN ${mask("brand")}
    WHEN starts_with(b."key", ${keyLiteral(facetKey(FACET_PREFIX.tag))}) THEN ${mask("tag")}
    ${optionMasks.length ? Prisma.join(optionMasks, " ") : Prisma.empty}
    ELSE chunk_matches."final" END`;
  return Prisma.sql`,
    (SELECT coalesce(json_agg(json_build_object('value', f."value", 'count', f."count")), '[]'::json) FROM (
      SELECT substr(b."key", ${afterPrefix(KEY.facet)}) AS "value", sum(bit_count(b."bits" & ${rowMask}))::int AS "count"
      FROM chunk_matches JOIN "SearchBitmap" b ON b."chunk" = chunk_matches."chunk"
      WHERE chunk_matches."any" AND b."ones" > 0 AND ${keyPrefixRange(Prisma.sql`b."key"`, KEY.facet)}
      GROUP BY b."key"
    ) AS f WHERE f."count" > 0) AS "facetRows",
    coalesce((
      SELECT sum(bit_count(${mask("stock")} & b."bits")) FROM chunk_matches JOIN "SearchBitmap" b
      ON b."key" = ${keyLiteral(KEY.inStock)} AND b."chunk" = chunk_matches."chunk" WHERE chunk_matches."any"
    ), 0)::int AS "inStock",
    ${priceRange} AS "priceRange"`;
}
