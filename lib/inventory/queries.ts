// Stock reads: levels for pages and the cart, the ledger for the admin.
import { db, type Db, type Tx } from "@/lib/db";
import type { StockLevel } from "./commands";

/**
 * Levels for the given variants; a variant without a stock row has nothing available. Pass the
 * caller's transaction to read inside it.
 */
export async function getStockLevels(
  variantIds: readonly string[],
  client?: Db | Tx,
): Promise<Map<string, StockLevel>> {
  const ids = [...new Set(variantIds)];
  const rows = ids.length
    ? await (client ?? (await db())).inventoryLevel.findMany({ where: { variantId: { in: ids } } })
    : [];
  const levels = new Map<string, StockLevel>();
  for (const id of ids)
    levels.set(id, { variantId: id, onHand: 0, reserved: 0, available: 0, lowStockThreshold: 0 });
  for (const row of rows) {
    levels.set(row.variantId, {
      variantId: row.variantId,
      onHand: row.onHand,
      reserved: row.reserved,
      available: row.onHand - row.reserved,
      lowStockThreshold: row.lowStockThreshold,
    });
  }
  return levels;
}

export interface LedgerEntry {
  id: string;
  reason: string;
  onHandDelta: number;
  reservedDelta: number;
  orderId: string | null;
  note: string | null;
  createdAt: Date;
}

/** The newest movements of a variant, newest first. */
export async function getLedger(variantId: string, limit = 100): Promise<LedgerEntry[]> {
  const rows = await (
    await db()
  ).inventoryLedger.findMany({
    where: { variantId },
    orderBy: { id: "desc" },
    take: Math.min(Math.max(limit, 1), 500),
  });
  return rows.map((row) => ({ ...row, id: row.id.toString(), reason: row.reason }));
}
