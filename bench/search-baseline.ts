// The baseline the search benchmark compares with, in the same run: the plain SQL a PostgreSQL
// search would use without bitmaps (what lib/search did before them). The same match parts,
// matched with the GIN index on searchVector, filters on the columns and the facets array (its
// GIN index), every facet value counted by unnesting the matches' facets (all filters applied: a
// little less work than counting each group without its own filter), the page by ORDER BY. The
// app no longer has those GIN indexes: `createBaselineIndexes` makes them in the bench database.
import { Prisma } from "../lib/generated/prisma/client";
import type { Db } from "../lib/db";
import { FACET_PREFIX, optionPrefix } from "../lib/search/postgres/bitmap-keys";
import { orderBy } from "../lib/search/postgres/hits";
import { textParts } from "../lib/search/postgres/text-query";
import type { SearchRequest } from "../lib/search/types";

function tsquery(parts: Awaited<ReturnType<typeof textParts>>): Prisma.Sql | null {
  const words = [...new Set(parts.map((p) => p.word))].map((word) =>
    Prisma.join(
      parts
        .filter((p) => p.word === word)
        .map((p) =>
          p.prefix
            ? Prisma.sql`to_tsquery('simple', ${`${p.text}:*`})`
            : Prisma.sql`plainto_tsquery(${p.config}::regconfig, ${p.text})`,
        ),
      " || ",
    ),
  );
  return words.length
    ? Prisma.sql`(${Prisma.join(
        words.map((w) => Prisma.sql`(${w})`),
        " && ",
      )})`
    : null;
}

/**
 * The GIN indexes the baseline matches and filters with, which the app's migrations no longer
 * create (prisma/migrations/20261127000000_drop_unused_search_gin): made here, in the bench's own
 * database, after the index is filled so that filling it does not pay for them. Their names are
 * not the app's, so a later migration never mistakes them for its own.
 */
export async function createBaselineIndexes(client: Db): Promise<void> {
  await client.$executeRawUnsafe(
    `CREATE INDEX IF NOT EXISTS "bench_SearchDocument_searchVector_gin" ON "SearchDocument" USING GIN ("searchVector")`,
  );
  await client.$executeRawUnsafe(
    `CREATE INDEX IF NOT EXISTS "bench_SearchDocument_facets_gin" ON "SearchDocument" USING GIN ("facets")`,
  );
}

export async function plainSqlSearch(client: Db, request: SearchRequest): Promise<number> {
  const query = tsquery(await textParts(client, request.query));
  const { filters } = request;
  const conditions: Prisma.Sql[] = [];
  // As a scalar subquery, so that the planner uses the GIN index for common words.
  if (query) conditions.push(Prisma.sql`d."searchVector" @@ (SELECT ${query})`);
  if (filters.category)
    conditions.push(
      Prisma.sql`d."facets" @> ARRAY[${FACET_PREFIX.category + filters.category}]::text[]`,
    );
  if (filters.priceMin !== undefined || filters.priceMax !== undefined) {
    conditions.push(
      Prisma.sql`d."priceAmount" BETWEEN ${filters.priceMin ?? 0}::int AND ${filters.priceMax ?? 2_147_483_647}::int`,
    );
  }
  if (filters.inStock) conditions.push(Prisma.sql`d."inStock"`);
  const anyOf = (values: string[]) => Prisma.sql`d."facets" && ${values}::text[]`;
  if (filters.brands?.length)
    conditions.push(anyOf(filters.brands.map((b) => FACET_PREFIX.brand + b)));
  if (filters.tags?.length) conditions.push(anyOf(filters.tags.map((t) => FACET_PREFIX.tag + t)));
  for (const [name, values] of Object.entries(filters.options ?? {}))
    conditions.push(anyOf(values.map((v) => optionPrefix(name) + v)));
  const where = conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
  // The same orders as the bitmap engine, but relevance by ts_rank, as it was before the bitmaps.
  const order =
    request.sort !== "relevance"
      ? orderBy(request.sort)
      : query
        ? Prisma.sql`ts_rank(d."rankVector", ${query}) DESC, d."salesCount" DESC, d."productId"`
        : orderBy("best-selling");
  const [, facets] = await Promise.all([
    client.$queryRaw<unknown[]>`
      SELECT d."productId", d."slug", d."title", d."image", d."priceAmount" FROM "SearchDocument" d WHERE ${where}
      ORDER BY ${order} LIMIT ${request.pageSize}::int OFFSET ${(request.page - 1) * request.pageSize}::int`,
    client.$queryRaw<{ value: string; count: number }[]>`
      WITH matched AS MATERIALIZED (SELECT d."facets", d."priceAmount", d."inStock" FROM "SearchDocument" d WHERE ${where})
      SELECT '#' AS "value", count(*)::int AS "count" FROM matched
      UNION ALL SELECT f, count(*)::int FROM matched CROSS JOIN LATERAL unnest(matched."facets") AS f GROUP BY f`,
  ]);
  return facets.find((row) => row.value === "#")?.count ?? 0;
}
