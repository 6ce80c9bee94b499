// The refund retry sweep: every PENDING refund whose next attempt is due, and every PENDING
// refund nobody scheduled that is older than STALE_PENDING_MS (the process calling the provider
// crashed before recording anything), is sent to the provider again with its own idempotency key.
// It runs beside the reservation expiry sweep (instrumentation.ts, `npm run worker`); several
// processes at once are safe: each refund is claimed with a conditional update first.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { childLogger } from "@/lib/logger";
import { startPeriodic, type PeriodicJob } from "@/lib/periodic";
import { executeRefund, type RefundOutcome } from "./refund-execution";

const log = childLogger({ component: "refund-retries" });

/** A PENDING refund untouched this long was abandoned mid-call: a fresh one is still in flight. */
export const STALE_PENDING_MS = 10 * 60_000;
/** How long a claimed refund is left to the worker that claimed it. */
const CLAIM_MS = 5 * 60_000;

function dueWhere(now: Date, staleAfterMs: number): Prisma.RefundWhereInput {
  return {
    status: "PENDING",
    OR: [
      { nextAttemptAt: { lte: now } },
      { nextAttemptAt: null, updatedAt: { lte: new Date(now.getTime() - staleAfterMs) } },
    ],
  };
}

/** Retries the refunds due at `now`, oldest first; returns each one's outcome. */
export async function retryRefunds(
  now: Date = new Date(),
  options: { batchSize?: number; staleAfterMs?: number } = {},
): Promise<Map<string, RefundOutcome>> {
  const prisma = await db();
  const due = dueWhere(now, options.staleAfterMs ?? STALE_PENDING_MS);
  const candidates = await prisma.refund.findMany({
    where: due,
    orderBy: { createdAt: "asc" },
    take: options.batchSize ?? 50,
    select: { id: true },
  });
  const outcomes = new Map<string, RefundOutcome>();
  for (const { id } of candidates) {
    // Claimed: another sweep skips it until the claim lapses or this attempt reschedules it.
    const { count } = await prisma.refund.updateMany({
      where: { id, ...due },
      data: { nextAttemptAt: new Date(now.getTime() + CLAIM_MS) },
    });
    if (count === 0) continue;
    try {
      outcomes.set(id, await executeRefund(id, { now }));
    } catch (error) {
      log.error({ err: error, refundId: id }, "refund retry failed");
    }
  }
  if (outcomes.size > 0) log.info({ count: outcomes.size }, "retried refunds");
  return outcomes;
}

/** Retries due refunds every `intervalMs` in this process (see lib/periodic.ts). */
export function startRefundRetries(
  options: { intervalMs?: number; keepAlive?: boolean } = {},
): PeriodicJob {
  return startPeriodic("refund-retries", () => retryRefunds(), {
    intervalMs: options.intervalMs ?? 60_000,
    keepAlive: options.keepAlive,
    onError: (error) => log.error({ err: error }, "refund retry sweep failed"),
  });
}
