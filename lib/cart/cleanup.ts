// Carts nobody touched for CART_TTL_MS are dead: reads already ignore them, and this deletes
// them (their lines go with them by cascade). Orders keep their own snapshot of what was bought.
import { db } from "@/lib/db";
import { childLogger } from "@/lib/logger";
import { startPeriodic, type PeriodicJob } from "@/lib/periodic";

const log = childLogger({ component: "cart-cleanup" });

/** Deletes carts that expired before `now`, at most `limit` per call; returns how many went. */
export async function purgeExpiredCarts(now = new Date(), limit = 1000): Promise<number> {
  const prisma = await db();
  // Batches keep a long-neglected table from turning into one huge delete.
  const batch = await prisma.cart.findMany({
    where: { expiresAt: { lte: now } },
    orderBy: { expiresAt: "asc" },
    take: Math.max(1, Math.min(limit, 10_000)),
    select: { id: true },
  });
  if (batch.length === 0) return 0;
  const { count } = await prisma.cart.deleteMany({
    // Re-checked: a cart changed since the read has a new expiry and must stay.
    where: { id: { in: batch.map((cart) => cart.id) }, expiresAt: { lte: now } },
  });
  return count;
}

export type CartCleanup = PeriodicJob;

/**
 * Purges expired carts every `intervalMs` in this process (see lib/periodic.ts). Start it where
 * the reservation sweep starts (instrumentation.ts, scripts/worker.ts); scripts import this file
 * directly, since the cart's index carries server-only reads.
 */
export function startCartCleanup(
  options: { intervalMs?: number; keepAlive?: boolean } = {},
): CartCleanup {
  return startPeriodic("cart-cleanup", () => purgeExpiredCarts(), {
    intervalMs: options.intervalMs ?? 60 * 60 * 1000,
    keepAlive: options.keepAlive,
    onError: (error) => log.error({ err: error }, "cart cleanup failed"),
  });
}
