// What the cart needs to know about the variants it holds: whether they can be sold, at what
// price, and how many units are free. Stock comes from lib/inventory's public reads. Sellability
// and price are the catalog's rows, read here in the caller's transaction (lib/catalog has no
// by-id variant read yet); this is the cart's one read of them, kept in one place for that reason.
import type { Db, Tx } from "@/lib/db";
import { getStockLevels } from "@/lib/inventory";

export interface VariantFacts {
  variantId: string;
  productId: string;
  /** Both the variant and its product are ACTIVE. */
  sellable: boolean;
  priceAmount: number;
  currency: string;
}

/**
 * Units a shopper can buy per variant (on hand − reserved; 0 without a stock row). Call it
 * before opening a transaction: on the embedded database a read outside an open transaction
 * would wait for that transaction. Advisory for the cart; the checkout's reservation decides.
 */
export async function availableUnits(variantIds: readonly string[]): Promise<Map<string, number>> {
  const levels = await getStockLevels(variantIds);
  return new Map([...levels.values()].map((level) => [level.variantId, Math.max(0, level.available)]));
}

export async function variantFacts(client: Db | Tx, variantIds: readonly string[]): Promise<Map<string, VariantFacts>> {
  if (variantIds.length === 0) return new Map();
  const rows = await client.variant.findMany({
    where: { id: { in: [...new Set(variantIds)] } },
    select: { id: true, productId: true, status: true, priceAmount: true, currency: true, product: { select: { status: true } } },
  });
  return new Map(
    rows.map((row) => [
      row.id,
      {
        variantId: row.id,
        productId: row.productId,
        sellable: row.status === "ACTIVE" && row.product.status === "ACTIVE",
        priceAmount: row.priceAmount,
        currency: row.currency,
      },
    ]),
  );
}
