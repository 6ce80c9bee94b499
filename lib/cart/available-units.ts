// How many units of its variants the cart may hold: inventory's free units, read through its
// public face (the catalog's facts — sellable, price — come from lib/catalog's variantFacts).
import { getStockLevels } from "@/lib/inventory";

/**
 * Units a shopper can buy per variant (on hand − reserved; 0 without a stock row). Call it
 * before opening a transaction: on the embedded database a read outside an open transaction
 * would wait for that transaction. Advisory for the cart; the checkout's reservation decides.
 */
export async function availableUnits(variantIds: readonly string[]): Promise<Map<string, number>> {
  const levels = await getStockLevels(variantIds);
  return new Map(
    [...levels.values()].map((level) => [level.variantId, Math.max(0, level.available)]),
  );
}
