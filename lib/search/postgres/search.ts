// Search on the PostgreSQL index: one query for the page of hits, one for every facet count
// (each matching row read once, each filter evaluated once per row, all facets in one pass).
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import { z } from "zod";
import type { ProductSummary } from "@/lib/catalog";
import type { SearchRequest, SearchResult, SearchSort } from "../types";
import { facetsFromRows, facetRow } from "./facet-rows";
import { FACET_PREFIX } from "./facet-values";
import { allOf, filterConditions, scopeCondition, type FilterCondition, type FilterGroup } from "./filters";
import { textMatch, textQuery } from "./text-query";

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

function orderBy(sort: SearchSort, tsquery: Prisma.Sql | null): Prisma.Sql {
  // Every order ends with the id, so pages never repeat or skip a product between requests.
  switch (sort) {
    case "price-asc":
      return Prisma.sql`d."priceAmount" ASC, d."productId"`;
    case "price-desc":
      return Prisma.sql`d."priceAmount" DESC, d."productId"`;
    case "newest":
      return Prisma.sql`d."publishedAt" DESC, d."productId"`;
    case "best-selling":
      return Prisma.sql`d."salesCount" DESC, d."publishedAt" DESC, d."productId"`;
    case "relevance":
      // Title matches weigh most (A 1.0), then brand, tags and categories (B 0.4); words found only
      // in the description rank after both. Without words, best sellers first.
      return tsquery
        ? Prisma.sql`ts_rank(d."rankVector", ${tsquery}) DESC, d."salesCount" DESC, d."productId"`
        : Prisma.sql`d."salesCount" DESC, d."publishedAt" DESC, d."productId"`;
  }
}

function toSummary(row: z.infer<typeof hitRow>): ProductSummary {
  const { priceAmount, compareAtAmount, currency, ...rest } = row;
  return {
    ...rest,
    price: { amount: priceAmount, currency },
    compareAt: compareAtAmount === null ? null : { amount: compareAtAmount, currency },
  };
}

export async function searchDocuments(client: Db, request: SearchRequest): Promise<SearchResult> {
  const tsquery = await textQuery(client, request.query);
  const scope = scopeCondition(request.filters);
  const matches = allOf([...(tsquery ? [textMatch(tsquery)] : []), ...(scope ? [scope] : [])]);
  const conditions = filterConditions(request.filters);
  const offset = (request.page - 1) * request.pageSize;
  const [hitRows, facetRows] = await Promise.all([
    client.$queryRaw<unknown[]>`
      SELECT d."productId" AS "id", d."slug", d."title", d."brand", d."image", d."priceAmount", d."compareAtAmount",
        d."currency", d."inStock"
      FROM "SearchDocument" d
      WHERE ${matches} AND ${allOf(conditions.map((c) => c.sql))}
      ORDER BY ${orderBy(request.sort, tsquery)}
      LIMIT ${request.pageSize}::int OFFSET ${offset}::int`,
    client.$queryRaw<unknown[]>(facetQuery(matches, conditions)),
  ]);
  const { total, facets } = facetsFromRows(z.array(facetRow).parse(facetRows));
  return {
    hits: z.array(hitRow).parse(hitRows).map(toSummary),
    total,
    page: request.page,
    pageSize: request.pageSize,
    pageCount: Math.ceil(total / request.pageSize),
    facets,
  };
}

function facetQuery(matches: Prisma.Sql, conditions: FilterCondition[]): Prisma.Sql {
  // Each filter is evaluated once per matching product (the flag columns of m). Then one pass
  // over the products' facet values counts every facet, each value kept only where the filters
  // other than its own group's pass, and one row ("#") carries the totals: results, results in
  // stock, and the price range.
  const flags = conditions.map((c, i) => Prisma.sql`, (${c.sql}) AS ${Prisma.raw(`"f${i}"`)}`);
  const flag = (i: number) => Prisma.raw(`m."f${i}"`);
  /** Every filter but those `skip` picks. */
  const except = (skip: (c: FilterCondition) => boolean) => allOf(conditions.flatMap((c, i) => (skip(c) ? [] : [flag(i)])));
  const is = (group: FilterGroup) => (c: FilterCondition) => c.group === group;
  const isOption = (c: FilterCondition) => c.group.startsWith("option:");
  // An option value is counted with the other options' filters, never its own option's.
  const otherOptions = allOf(
    conditions.flatMap((c, i) =>
      isOption(c) ? [Prisma.sql`(split_part(f, ':', 2) = ${c.group.slice("option:".length)} OR ${flag(i)})`] : [],
    ),
  );
  // A product failing two filter groups counts in no facet (each is counted without one group
  // only), so it is left out before its values are unnested.
  const relevant =
    conditions.length < 2
      ? Prisma.sql`TRUE`
      : Prisma.sql`(${Prisma.join(conditions.map((c) => Prisma.sql`(NOT (${c.sql}))::int`), " + ")}) <= 1`;
  const kept = (prefix: string, condition: Prisma.Sql) => Prisma.sql`(starts_with(f, ${prefix}) AND ${condition})`;
  const counted =
    conditions.length === 0
      ? Prisma.sql`TRUE`
      : Prisma.join(
          [
            kept(FACET_PREFIX.brand, except(is("brand"))),
            kept(FACET_PREFIX.tag, except(is("tag"))),
            kept(FACET_PREFIX.category, except(() => false)),
            kept(FACET_PREFIX.option, Prisma.sql`${except(isOption)} AND ${otherOptions}`),
          ],
          " OR ",
        );
  return Prisma.sql`
    WITH m AS MATERIALIZED (
      SELECT d."facets", d."priceAmount", d."inStock" ${flags.length ? Prisma.join(flags, " ") : Prisma.empty}
      FROM "SearchDocument" d WHERE ${matches} AND ${relevant}
    )
    SELECT '#' AS "value", count(*) FILTER (WHERE ${except(() => false)})::int AS "count",
      count(*) FILTER (WHERE m."inStock" AND ${except(is("stock"))})::int AS "inStock",
      min(m."priceAmount") FILTER (WHERE ${except(is("price"))}) AS "priceMin",
      max(m."priceAmount") FILTER (WHERE ${except(is("price"))}) AS "priceMax"
    FROM m
    UNION ALL
    SELECT f, count(*)::int, 0, NULL, NULL FROM m CROSS JOIN LATERAL unnest(m."facets") AS f
    WHERE ${counted} GROUP BY f`;
}
