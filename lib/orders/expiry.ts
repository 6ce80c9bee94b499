// The reservation expiry sweep: an order still unpaid when its stock hold (TTL, 15 minutes by
// default) has passed is cancelled and its stock returned, in one transaction per order.
// It runs in every process that dispatches events (web server in embedded mode, `npm run
// worker`); several at once are safe: each order is re-checked under its row lock.
// The holds are inventory's: which orders have lapsed holds is asked of lib/inventory.
import { db, inTransaction } from "@/lib/db";
import { kickDispatcher } from "@/lib/events";
import { holdsLiveStock, ordersWithLapsedHolds, releaseForOrder } from "@/lib/inventory";
import { childLogger } from "@/lib/logger";
import { startPeriodic, type PeriodicJob } from "@/lib/periodic";
import { lockOrder, transitionOrder } from "./transition";

const log = childLogger({ component: "reservation-expiry" });

/**
 * Unpaid orders, oldest first, whose every stock hold has lapsed: pages through the unpaid
 * orders and keeps those inventory reports as lapsed, until `limit` are found.
 */
async function lapsedUnpaidOrders(now: Date, limit: number): Promise<string[]> {
  const prisma = await db();
  const found: string[] = [];
  let after: { placedAt: Date; id: string } | null = null;
  while (found.length < limit) {
    const page: { id: string; placedAt: Date }[] = await prisma.order.findMany({
      where: {
        status: "PENDING_PAYMENT",
        ...(after
          ? {
              OR: [
                { placedAt: { gt: after.placedAt } },
                { placedAt: after.placedAt, id: { gt: after.id } },
              ],
            }
          : {}),
      },
      orderBy: [{ placedAt: "asc" }, { id: "asc" }],
      take: 500,
      select: { id: true, placedAt: true },
    });
    if (page.length === 0) break;
    const lapsed = new Set(
      await ordersWithLapsedHolds(
        prisma,
        now,
        page.map((order) => order.id),
      ),
    );
    found.push(...page.filter((order) => lapsed.has(order.id)).map((order) => order.id));
    after = page[page.length - 1] ?? null;
  }
  return found.slice(0, limit);
}

/** Cancels unpaid orders whose every stock hold expired at or before `now`; returns their ids. */
export async function expireReservations(
  now: Date = new Date(),
  options: { batchSize?: number } = {},
): Promise<string[]> {
  const candidates = await lapsedUnpaidOrders(now, options.batchSize ?? 200);
  const expired: string[] = [];
  for (const id of candidates) {
    const done = await inTransaction(async (tx) => {
      const order = await lockOrder(tx, id);
      if (order.status !== "PENDING_PAYMENT") return false;
      // Re-checked under the lock: a retry may have just held the stock again with a new TTL.
      if (await holdsLiveStock(tx, id, now)) return false;
      await releaseForOrder(tx, { orderId: id, status: "EXPIRED", note: "reservation expired" });
      await transitionOrder(tx, order, "CANCELLED", {
        timeline: {
          type: "expired",
          message: "Not paid in time: cancelled and its stock returned",
        },
        event: {
          type: "OrderCancelled",
          aggregateType: "Order",
          aggregateId: id,
          payload: { orderId: id, reason: "expired" },
        },
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
export function startExpirySweep(
  options: { intervalMs?: number; keepAlive?: boolean } = {},
): ExpirySweep {
  return startPeriodic("reservation-expiry", () => expireReservations(), {
    intervalMs: options.intervalMs ?? 30_000,
    keepAlive: options.keepAlive,
    onError: (error) => log.error({ err: error }, "reservation expiry sweep failed"),
  });
}
