// The availability rule as SQL, for other modules' read queries (the catalog's search documents,
// listings) that must not name InventoryLevel themselves. The rule is written here once: what
// can still be sold is on hand minus reserved, and a variant without a level row has none (stock
// not recorded: never oversold).
import { Prisma } from "@/lib/generated/prisma/client";

/** `onHand - reserved` of the InventoryLevel row aliased `level` (e.g. Prisma.sql`il`). */
export function availableSql(level: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${level}."onHand" - ${level}."reserved")`;
}

/** A boolean: the variant whose id is `variantId` (a column, e.g. Prisma.sql`v."id"`) has stock to sell. */
export function inStockSql(variantId: Prisma.Sql): Prisma.Sql {
  const level = Prisma.sql`inv_level`;
  return Prisma.sql`EXISTS (SELECT 1 FROM "InventoryLevel" ${level} WHERE ${level}."variantId" = ${variantId} AND ${availableSql(level)} > 0)`;
}
