// Carts nobody touched for CART_TTL_MS are dead: reads already ignore them, and this deletes
// them (their lines go with them by cascade). Orders keep their own snapshot of what was bought.
import { db } from "@/lib/db";

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

export interface CartCleanup {
  stop(): Promise<void>;
}

const holder = globalThis as typeof globalThis & { __cartwrightCartCleanup?: CartCleanup };

/**
 * Purges expired carts every `intervalMs` in this process (once per process; runs never
 * overlap). Start it where the reservation sweep starts (instrumentation.ts, scripts/worker.ts);
 * scripts import this file directly, since the cart's index carries server-only reads.
 */
export function startCartCleanup(options: { intervalMs?: number; keepAlive?: boolean; onError?: (error: unknown) => void } = {}): CartCleanup {
  if (holder.__cartwrightCartCleanup) return holder.__cartwrightCartCleanup;
  let running: Promise<unknown> | undefined;
  const timer = setInterval(() => {
    if (running) return;
    running = purgeExpiredCarts()
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        running = undefined;
      });
  }, options.intervalMs ?? 60 * 60 * 1000);
  if (!options.keepAlive) timer.unref();
  const cleanup: CartCleanup = {
    stop: async () => {
      clearInterval(timer);
      await running;
      if (holder.__cartwrightCartCleanup === cleanup) holder.__cartwrightCartCleanup = undefined;
    },
  };
  holder.__cartwrightCartCleanup = cleanup;
  return cleanup;
}
