// Merchant stock commands: receive, adjust (signed change or stock take), return, threshold.
// One transaction each; every change writes the ledger and StockChanged through moveStock.
import { inTransaction, type Tx } from "@/lib/db";
import { kickDispatcher } from "@/lib/events";
import { InventoryError } from "./errors";
import { moveStock, type LevelRow } from "./levels";
import {
  adjustStockSchema,
  lowStockThresholdSchema,
  receiveStockSchema,
  returnStockSchema,
  type AdjustStockInput,
  type LowStockThresholdInput,
  type ReceiveStockInput,
  type ReturnStockInput,
} from "./schemas";

export interface StockLevel {
  variantId: string;
  onHand: number;
  reserved: number;
  available: number;
  lowStockThreshold: number;
}

const toLevel = (row: LevelRow): StockLevel => ({
  variantId: row.variantId,
  onHand: row.onHand,
  reserved: row.reserved,
  available: row.onHand - row.reserved,
  lowStockThreshold: row.lowStockThreshold,
});

async function afterCommit<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  const result = await inTransaction(work);
  kickDispatcher();
  return result;
}

const isForeignKeyViolation = (error: unknown) =>
  typeof error === "object" &&
  error !== null &&
  "code" in error &&
  (error as { code: unknown }).code === "P2003";

/**
 * Creates the stock row of a variant that had none. Whether the variant exists is the foreign
 * key's answer (inventory does not read the catalog's tables); a refusal aborts the transaction,
 * which this command was about to end with an error anyway.
 */
async function ensureLevel(tx: Tx, variantId: string): Promise<void> {
  try {
    await tx.inventoryLevel.createMany({ data: [{ variantId }], skipDuplicates: true });
  } catch (error) {
    if (isForeignKeyViolation(error))
      throw new InventoryError(`Variant ${variantId} does not exist`, "not_found");
    throw error;
  }
}

/** Goods arrived: on hand goes up. Creates the stock row for a variant that had none. */
export async function receiveStock(input: ReceiveStockInput): Promise<StockLevel> {
  const { variantId, quantity, note } = receiveStockSchema.parse(input);
  return afterCommit(async (tx) => {
    await ensureLevel(tx, variantId);
    const row = await moveStock(tx, {
      variantId,
      reason: "RECEIVED",
      onHandDelta: quantity,
      reservedDelta: 0,
      note,
    });
    if (!row) throw new InventoryError(`Variant ${variantId} has no stock row`, "not_found");
    return toLevel(row);
  });
}

/**
 * A correction. Refused (InventoryError "below_reserved") when it would leave less on hand than
 * is reserved for orders in checkout: those units are promised.
 */
export async function adjustStock(input: AdjustStockInput): Promise<StockLevel> {
  const parsed = adjustStockSchema.parse(input);
  return afterCommit(async (tx) => {
    await ensureLevel(tx, parsed.variantId);
    // The delta of a stock take is relative to the row as locked by this statement.
    const [locked] = await tx.$queryRaw<{ onHand: number; reserved: number }[]>`
      SELECT "onHand", "reserved" FROM "InventoryLevel" WHERE "variantId" = ${parsed.variantId} FOR UPDATE`;
    if (!locked)
      throw new InventoryError(`Variant ${parsed.variantId} has no stock row`, "not_found");
    const delta = parsed.delta ?? (parsed.onHand ?? 0) - locked.onHand;
    if (locked.onHand + delta < locked.reserved) {
      throw new InventoryError(
        `On hand cannot go below the ${locked.reserved} reserved for orders in checkout`,
        "below_reserved",
      );
    }
    const row = await moveStock(tx, {
      variantId: parsed.variantId,
      reason: "ADJUSTED",
      onHandDelta: delta,
      reservedDelta: 0,
      note: parsed.note,
    });
    if (!row) throw new InventoryError(`Variant ${parsed.variantId} has no stock row`, "not_found");
    return toLevel(row);
  });
}

/** Returned goods back on the shelf; usable inside a caller's transaction (refund with restock). */
export async function returnStock(input: ReturnStockInput, tx?: Tx): Promise<StockLevel> {
  const { variantId, quantity, orderId, note } = returnStockSchema.parse(input);
  const work = async (client: Tx) => {
    await ensureLevel(client, variantId);
    const row = await moveStock(client, {
      variantId,
      reason: "RETURNED",
      onHandDelta: quantity,
      reservedDelta: 0,
      orderId,
      note,
    });
    if (!row) throw new InventoryError(`Variant ${variantId} has no stock row`, "not_found");
    return toLevel(row);
  };
  return tx ? work(tx) : afterCommit(work);
}

/** Sets the level at which StockLow fires (when available next falls to it or below). */
export async function setLowStockThreshold(input: LowStockThresholdInput): Promise<StockLevel> {
  const { variantId, threshold } = lowStockThresholdSchema.parse(input);
  return afterCommit(async (tx) => {
    await ensureLevel(tx, variantId);
    const [row] = await tx.$queryRaw<LevelRow[]>`
      UPDATE "InventoryLevel" SET "lowStockThreshold" = ${threshold}::int, "updatedAt" = now()
       WHERE "variantId" = ${variantId}
      RETURNING "variantId", "onHand", "reserved", "lowStockThreshold"`;
    if (!row) throw new InventoryError(`Variant ${variantId} has no stock row`, "not_found");
    return toLevel(row);
  });
}
