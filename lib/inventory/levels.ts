// The conditional updates on InventoryLevel, each one statement that checks and changes at once
// (never read-then-write), and the ledger row and events that go with every movement.
import type { Tx } from "@/lib/db";
import { publish } from "@/lib/events";
import type { InventoryReason } from "@/lib/generated/prisma/client";

export interface LevelRow {
  variantId: string;
  onHand: number;
  reserved: number;
  lowStockThreshold: number;
}

export interface Movement {
  variantId: string;
  reason: InventoryReason;
  onHandDelta: number;
  reservedDelta: number;
  orderId?: string | null;
  note?: string | null;
}

/**
 * Applies a movement only when the stock allows it: `guard` "available" requires
 * onHand − reserved ≥ `need` before the change; "none" relies on the table's CHECK constraints.
 * Returns the row after the change, or null when the guard refused (no row changed).
 */
export async function moveStock(tx: Tx, movement: Movement, need = 0): Promise<LevelRow | null> {
  const { variantId, onHandDelta, reservedDelta } = movement;
  const rows = await tx.$queryRaw<LevelRow[]>`
    UPDATE "InventoryLevel"
       SET "onHand" = "onHand" + ${onHandDelta}::int,
           "reserved" = "reserved" + ${reservedDelta}::int,
           "updatedAt" = now()
     WHERE "variantId" = ${variantId}
       AND "onHand" - "reserved" >= ${need}::int
    RETURNING "variantId", "onHand", "reserved", "lowStockThreshold"`;
  const row = rows[0];
  if (!row) return null;
  await recordMovement(tx, movement, row);
  return row;
}

/** Ledger row plus StockChanged, and StockLow when available just fell to the threshold or below. */
export async function recordMovement(tx: Tx, movement: Movement, after: LevelRow): Promise<void> {
  await tx.inventoryLedger.create({
    data: {
      variantId: movement.variantId,
      reason: movement.reason,
      onHandDelta: movement.onHandDelta,
      reservedDelta: movement.reservedDelta,
      orderId: movement.orderId ?? null,
      note: movement.note ?? null,
    },
  });
  const available = after.onHand - after.reserved;
  const before = available - (movement.onHandDelta - movement.reservedDelta);
  // No productId: inventory does not read the catalog; subscribers ask lib/catalog for it.
  const base = { variantId: after.variantId };
  await publish(tx, {
    type: "StockChanged",
    aggregateType: "Variant",
    aggregateId: after.variantId,
    payload: { ...base, onHand: after.onHand, reserved: after.reserved, available },
  });
  if (before > after.lowStockThreshold && available <= after.lowStockThreshold) {
    await publish(tx, {
      type: "StockLow",
      aggregateType: "Variant",
      aggregateId: after.variantId,
      payload: { ...base, available, threshold: after.lowStockThreshold },
    });
  }
}
