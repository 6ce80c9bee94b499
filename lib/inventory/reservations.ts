// Stock held for orders. These take the caller's transaction: the order and its reservations
// commit together or not at all. Lines are handled in variant id order so two orders touching
// the same variants lock them in the same order and cannot deadlock.
import type { Db, Tx } from "@/lib/db";
import { InventoryError, SoldOutError } from "./errors";
import { moveStock } from "./levels";

export interface StockLine {
  variantId: string;
  quantity: number;
  /** How the shopper knows the item ("Tee (M)"), for the sold-out message; the caller has it. */
  label?: string;
  sku?: string | null;
}

/** How long a checkout holds its stock before the expiry sweep returns it. */
export const DEFAULT_RESERVATION_TTL_MS = 15 * 60 * 1000;

const byVariant = <T extends { variantId: string }>(lines: readonly T[]): T[] =>
  [...lines].sort((a, b) => (a.variantId < b.variantId ? -1 : a.variantId > b.variantId ? 1 : 0));

async function soldOut(tx: Tx, line: StockLine): Promise<SoldOutError> {
  const [level] = await tx.$queryRaw<{ available: number }[]>`
    SELECT "onHand" - "reserved" AS "available" FROM "InventoryLevel" WHERE "variantId" = ${line.variantId}`;
  return new SoldOutError({
    variantId: line.variantId,
    sku: line.sku ?? null,
    title: line.label ?? "This item",
    requested: line.quantity,
    available: Math.max(0, level?.available ?? 0),
  });
}

/**
 * Reserves every line for a new order; throws SoldOutError for the first line that does not fit
 * (the caller's transaction then rolls back the lines already reserved).
 */
export async function reserveForOrder(
  tx: Tx,
  input: { orderId: string; lines: StockLine[]; expiresAt: Date },
): Promise<void> {
  for (const line of byVariant(input.lines)) {
    if (!Number.isInteger(line.quantity) || line.quantity < 1)
      throw new InventoryError("Quantity must be a positive integer", "invalid_quantity");
    const row = await moveStock(
      tx,
      {
        variantId: line.variantId,
        reason: "RESERVED",
        onHandDelta: 0,
        reservedDelta: line.quantity,
        orderId: input.orderId,
      },
      line.quantity,
    );
    if (!row) throw await soldOut(tx, line);
  }
  await tx.stockReservation.createMany({
    data: input.lines.map(({ variantId, quantity }) => ({
      variantId,
      quantity,
      orderId: input.orderId,
      expiresAt: input.expiresAt,
    })),
  });
}

/**
 * Holds stock again for an order whose reservations were released (a declined payment being
 * retried). The reservation rows are flipped first, conditionally: a concurrent retry blocks on
 * them and then finds nothing left to do, so stock is never held twice. Returns lines re-held.
 */
export async function reactivateForOrder(
  tx: Tx,
  input: { orderId: string; expiresAt: Date; labels?: ReadonlyMap<string, string> },
): Promise<number> {
  const rows = await tx.$queryRaw<StockLine[]>`
    UPDATE "StockReservation" SET "status" = 'ACTIVE', "expiresAt" = ${input.expiresAt}, "updatedAt" = now()
     WHERE "orderId" = ${input.orderId} AND "status" IN ('RELEASED', 'EXPIRED')
    RETURNING "variantId", "quantity"`;
  for (const line of byVariant(rows)) {
    const row = await moveStock(
      tx,
      {
        variantId: line.variantId,
        reason: "RESERVED",
        onHandDelta: 0,
        reservedDelta: line.quantity,
        orderId: input.orderId,
      },
      line.quantity,
    );
    if (!row) throw await soldOut(tx, { ...line, label: input.labels?.get(line.variantId) });
  }
  return rows.length;
}

/** Returns an order's held stock (payment failed, order cancelled, or TTL passed). Idempotent. */
export async function releaseForOrder(
  tx: Tx,
  input: { orderId: string; status: "RELEASED" | "EXPIRED"; note?: string },
): Promise<StockLine[]> {
  const rows = await tx.$queryRaw<StockLine[]>`
    UPDATE "StockReservation" SET "status" = ${input.status}::"ReservationStatus", "updatedAt" = now()
     WHERE "orderId" = ${input.orderId} AND "status" = 'ACTIVE'
    RETURNING "variantId", "quantity"`;
  for (const line of byVariant(rows)) {
    await moveStock(tx, {
      variantId: line.variantId,
      reason: "RELEASED",
      onHandDelta: 0,
      reservedDelta: -line.quantity,
      orderId: input.orderId,
      note: input.note ?? input.status.toLowerCase(),
    });
  }
  return rows;
}

/**
 * Turns a paid order's stock into a sale. Active reservations convert (on hand and reserved both
 * drop); a line whose reservation lapsed is sold from what is still available. The stock rows are
 * locked and checked first, so either every line is sold or nothing changes and the variants
 * that fell short are returned. Callers hold the order's row lock (no reservation changes under us).
 */
export async function sellForOrder(
  tx: Tx,
  input: { orderId: string; lines: StockLine[] },
): Promise<{ short: string[] }> {
  const lines = byVariant(input.lines);
  const held = new Map<string, number>();
  for (const r of await tx.stockReservation.findMany({
    where: { orderId: input.orderId, status: "ACTIVE" },
  })) {
    held.set(r.variantId, r.quantity);
  }
  const ids = lines.map((line) => line.variantId);
  const levels = await tx.$queryRaw<{ variantId: string; available: number }[]>`
    SELECT "variantId", "onHand" - "reserved" AS "available" FROM "InventoryLevel"
     WHERE "variantId" = ANY(${ids}::text[]) ORDER BY "variantId" FOR UPDATE`;
  const available = new Map(levels.map((level) => [level.variantId, level.available]));
  const unheld = (line: StockLine) =>
    line.quantity - Math.min(held.get(line.variantId) ?? 0, line.quantity);
  const short = lines
    .filter((line) => {
      const free = available.get(line.variantId);
      return free === undefined || unheld(line) > free;
    })
    .map((line) => line.variantId);
  if (short.length > 0) return { short };

  // Lapsed holds are converted too: once paid, every reservation of the order reads as a sale.
  await tx.stockReservation.updateMany({
    where: { orderId: input.orderId, status: { not: "CONVERTED" } },
    data: { status: "CONVERTED" },
  });
  for (const line of lines) {
    const rest = unheld(line);
    const fromReservation = line.quantity - rest;
    const movement = { variantId: line.variantId, reason: "SOLD" as const, orderId: input.orderId };
    if (fromReservation > 0)
      await moveStock(tx, {
        ...movement,
        onHandDelta: -fromReservation,
        reservedDelta: -fromReservation,
      });
    if (rest > 0)
      await moveStock(
        tx,
        { ...movement, onHandDelta: -rest, reservedDelta: 0, note: "reservation had lapsed" },
        rest,
      );
  }
  // A reservation for more than the line (never made by checkout) would leave units held: free them.
  for (const [variantId, quantity] of held) {
    const extra = quantity - (lines.find((line) => line.variantId === variantId)?.quantity ?? 0);
    if (extra > 0)
      await moveStock(tx, {
        variantId,
        reason: "RELEASED",
        onHandDelta: 0,
        reservedDelta: -extra,
        orderId: input.orderId,
      });
  }
  return { short: [] };
}

/**
 * Those of `orderIds` that have reservations and none still live at `now`: every hold has
 * lapsed. For the orders module's expiry sweep.
 */
export async function ordersWithLapsedHolds(
  client: Db | Tx,
  now: Date,
  orderIds: readonly string[],
): Promise<string[]> {
  if (orderIds.length === 0) return [];
  const rows = await client.$queryRaw<{ orderId: string }[]>`
    SELECT r."orderId" FROM "StockReservation" r
     WHERE r."orderId" = ANY(${[...orderIds]}::text[])
     GROUP BY r."orderId"
    HAVING bool_and(r."expiresAt" <= ${now})`;
  return rows.map((row) => row.orderId);
}

/** Whether any of the order's holds is still live at `now` (checked under the order's lock). */
export async function holdsLiveStock(tx: Tx, orderId: string, now: Date): Promise<boolean> {
  return (await tx.stockReservation.count({ where: { orderId, expiresAt: { gt: now } } })) > 0;
}

/** When the order's stock hold ends: the earliest expiry of its active reservations, null if none. */
export async function activeHoldExpiry(client: Db | Tx, orderId: string): Promise<Date | null> {
  const held = await client.stockReservation.aggregate({
    where: { orderId, status: "ACTIVE" },
    _min: { expiresAt: true },
  });
  return held._min.expiresAt;
}
