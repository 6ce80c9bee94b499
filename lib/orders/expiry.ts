// The reservation expiry sweep: an order still unpaid when its stock hold (TTL, 15 minutes by
// default) has passed is cancelled and its stock returned, in one transaction per order.
// It runs in every process that dispatches events (web server in embedded mode, `npm run
// worker`); several at once are safe: each order is re-checked under its row lock.
// Scripts load this file directly, so it and its imports stay free of "server-only" (hence the
// direct import of inventory's reservations file rather than its index).
import { db, inTransaction } from "@/lib/db";
import { kickDispatcher } from "@/lib/events";
import { releaseForOrder } from "@/lib/inventory/reservations";
import { childLogger } from "@/lib/logger";
import { startPeriodic, type PeriodicJob } from "@/lib/periodic";
import { lockOrder, transitionOrder } from "./transition";

const log = childLogger({ component: "reservation-expiry" });

/** Cancels unpaid orders whose every stock hold expired at or before `now`; returns their ids. */
export async function expireReservations(now: Date = new Date(), options: { batchSize?: number } = {}): Promise<string[]> {
  const prisma = await db();
  const candidates = await prisma.$queryRaw<{ id: string }[]>`
    SELECT o."id" FROM "Order" o
     WHERE o."status" = 'PENDING_PAYMENT'
       AND EXISTS (SELECT 1 FROM "StockReservation" r WHERE r."orderId" = o."id")
       AND NOT EXISTS (SELECT 1 FROM "StockReservation" r WHERE r."orderId" = o."id" AND r."expiresAt" > ${now})
     ORDER BY o."placedAt" LIMIT ${options.batchSize ?? 200}`;
  const expired: string[] = [];
  for (const { id } of candidates) {
    const done = await inTransaction(async (tx) => {
      const order = await lockOrder(tx, id);
      if (order.status !== "PENDING_PAYMENT") return false;
      // Re-checked under the lock: a retry may have just held the stock again with a new TTL.
      if (await tx.stockReservation.count({ where: { orderId: id, expiresAt: { gt: now } } })) return false;
      await releaseForOrder(tx, { orderId: id, status: "EXPIRED", note: "reservation expired" });
      await transitionOrder(tx, order, "CANCELLED", {
        timeline: { type: "expired", message: "Not paid in time: cancelled and its stock returned" },
        event: { type: "OrderCancelled", aggregateType: "Order", aggregateId: id, payload: { orderId: id, reason: "expired" } },
        set: { cancelledAt: now },
      });
      return true;
    });
    if (done) expired.push(id);
  }
  if (expired.length > 0) {
    kickDispatcher();
    log.info({ count: expired.length }, "expired unpaid orders");
  }
  return expired;
}

export type ExpirySweep = PeriodicJob;

/** Expires unpaid orders' reservations every `intervalMs` in this process (see lib/periodic.ts). */
export function startExpirySweep(options: { intervalMs?: number; keepAlive?: boolean } = {}): ExpirySweep {
  return startPeriodic("reservation-expiry", () => expireReservations(), {
    intervalMs: options.intervalMs ?? 30_000,
    keepAlive: options.keepAlive,
    onError: (error) => log.error({ err: error }, "reservation expiry sweep failed"),
  });
}
