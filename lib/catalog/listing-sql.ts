// SQL pieces shared by the listing page query and the facet query. A product matches when it
// is ACTIVE, in scope (a category and its descendants), passes the product-level filters (brand,
// tags) and has ONE active variant that passes every variant-level filter at once (price range,
// option values, in stock): "Size M in stock" means an M that is in stock.
import { inStockSql } from "@/lib/inventory";
import { Prisma } from "@/lib/generated/prisma/client";

/** Filters in the database's terms: prices in minor units, options as sorted pairs. */
export interface SqlFilters {
  brands: string[];
  tags: string[];
  options: [name: string, values: string[]][];
  priceMin?: number;
  priceMax?: number;
  inStock: boolean;
}

const TRUE = Prisma.sql`TRUE`;
const and = (parts: Prisma.Sql[]) =>
  parts.length === 0 ? TRUE : Prisma.sql`(${Prisma.join(parts, " AND ")})`;

/** `scope` (products in view, with their merchandising rank) and `vars` (their active variants). */
export function scopeCtes(categoryPath: string | undefined): Prisma.Sql {
  const scope = categoryPath
    ? Prisma.sql`
      cat AS (
        SELECT "id" FROM "Category"
        WHERE "path" = ${categoryPath} OR "path" LIKE ${`${categoryPath.replace(/[\\%_]/g, "\\$&")}/%`}
      ),
      scope AS (
        SELECT p."id", p."brand", p."tags", p."publishedAt", p."createdAt", min(pc."position") AS rank
        FROM "Product" p
        JOIN "ProductCategory" pc ON pc."productId" = p."id"
        JOIN cat ON cat."id" = pc."categoryId"
        WHERE p."status" = 'ACTIVE'
        GROUP BY p."id"
      )`
    : Prisma.sql`
      scope AS (
        SELECT p."id", p."brand", p."tags", p."publishedAt", p."createdAt", 0 AS rank
        FROM "Product" p WHERE p."status" = 'ACTIVE'
      )`;
  // In stock is inventory's rule (lib/inventory's inStockSql): a variant with no stock row has none.
  return Prisma.sql`
    WITH ${scope},
    vars AS (
      SELECT v."productId" AS pid, v."priceAmount" AS price, v."compareAtAmount" AS compare_at,
             v."currency", v."position", v."options",
             ${inStockSql(Prisma.sql`v."id"`)} AS in_stock
      FROM "Variant" v
      JOIN scope s ON s."id" = v."productId"
      WHERE v."status" = 'ACTIVE'
    )`;
}

/** Filter groups as SQL, each TRUE when unused; `skip` leaves one group out (for its own facet). */
export function predicates(filters: SqlFilters) {
  const brand =
    filters.brands.length > 0 ? Prisma.sql`s."brand" = ANY(${filters.brands}::text[])` : TRUE;
  const tags = filters.tags.length > 0 ? Prisma.sql`s."tags" && ${filters.tags}::text[]` : TRUE;
  const priceParts: Prisma.Sql[] = [];
  if (filters.priceMin !== undefined)
    priceParts.push(Prisma.sql`v.price >= ${filters.priceMin}::int`);
  if (filters.priceMax !== undefined)
    priceParts.push(Prisma.sql`v.price <= ${filters.priceMax}::int`);
  const price = and(priceParts);
  const stock = filters.inStock ? Prisma.sql`v.in_stock` : TRUE;
  const option = (name: string, values: string[]) =>
    Prisma.sql`(v."options" ->> ${name}) = ANY(${values}::text[])`;
  const options = and(filters.options.map(([name, values]) => option(name, values)));
  return {
    brand,
    tags,
    price,
    stock,
    options,
    /** Every option filter except the one named by the row's `kv.key` (for option facets). */
    optionsExceptKey: and(
      filters.options.map(
        ([name, values]) => Prisma.sql`(kv.key = ${name} OR ${option(name, values)})`,
      ),
    ),
    product: and([brand, tags]),
    variant: and([price, stock, options]),
  };
}

export type ListingPredicates = ReturnType<typeof predicates>;
