// Refunds in two steps around the provider call, which never runs inside a transaction: a
// PENDING Refund row is written first (the durable intent, its id the provider's idempotency
// key), then the provider is called, then the outcome is recorded. A call that fails leaves the
// refund PENDING with its next attempt scheduled (refund-retries.ts retries it with the same key,
// so the provider refunds once however often it is asked); after ALERT_AFTER_ATTEMPTS failures,
// or when the provider refuses for good, the admins are told (refund-alert.ts).
import { db, inTransaction, type Tx } from "@/lib/db";
import { kickDispatcher } from "@/lib/events";
import { childLogger } from "@/lib/logger";
import { addTimeline, applyRefund, lockOrder } from "@/lib/orders";
import { PaymentError } from "./errors";
import { providerFor } from "./provider";
import { alertRefundFailing } from "./refund-alert";
import type { ProviderName } from "./types";

const log = childLogger({ component: "refunds" });

/** Refunds Cartwright starts itself (duplicate or unkeepable payments) carry this reason prefix. */
export const AUTOMATIC_REFUND = "Automatic:";
/** Failed provider calls after which the admins are alerted (once); retries go on regardless. */
export const ALERT_AFTER_ATTEMPTS = 5;
const FIRST_RETRY_MS = 60_000;
const MAX_RETRY_MS = 6 * 3600_000;

/** Wait before attempt `attempts + 1`: 1 min, 2, 4, … capped at 6 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
}

export type RefundOutcome = "succeeded" | "pending" | "failed";
type RefundStatus = "PENDING" | "SUCCEEDED" | "FAILED";
const outcomeOf = (status: RefundStatus): RefundOutcome =>
  status === "SUCCEEDED" ? "succeeded" : status === "FAILED" ? "failed" : "pending";

export async function createAutomaticRefund(
  tx: Tx,
  input: { paymentId: string; orderId: string; amount: number; reason: string },
): Promise<string> {
  const refund = await tx.refund.create({
    data: {
      orderId: input.orderId,
      paymentId: input.paymentId,
      amount: input.amount,
      reason: `${AUTOMATIC_REFUND} ${input.reason}`,
    },
  });
  return refund.id;
}

type RestockLines = { orderLineId: string; quantity: number }[];

/**
 * Records a provider's verdict on a refund, in the caller's transaction, under the order's lock
 * then the refund's (the order-first lock order every path uses). PENDING → SUCCEEDED gives the
 * order its refund (merchant refunds: status, restock; automatic ones: the timeline);
 * → FAILED, and SUCCEEDED → FAILED (a refund the provider accepted, then failed), go on the
 * timeline and return true: the caller alerts the admins after the commit. Anything else (the
 * same status again, a late success of a failed refund) changes nothing.
 */
export async function settleRefund(
  tx: Tx,
  refundId: string,
  verdict: {
    status: "SUCCEEDED" | "FAILED";
    reference?: string | null;
    error?: string | null;
    /** The verdict is the answer to a provider call of ours: count it as an attempt. */
    attempted?: boolean;
  },
): Promise<{ changed: boolean; failed: boolean }> {
  const unchanged = { changed: false, failed: false };
  const found = await tx.refund.findUnique({ where: { id: refundId }, select: { orderId: true } });
  if (!found) return unchanged;
  await lockOrder(tx, found.orderId);
  const [locked] = await tx.$queryRaw<{ status: RefundStatus }[]>`
    SELECT "status"::text AS "status" FROM "Refund" WHERE "id" = ${refundId} FOR UPDATE`;
  const from = locked?.status;
  if (!from || from === verdict.status || from === "FAILED") return unchanged;
  const refund = await tx.refund.update({
    where: { id: refundId },
    data: {
      status: verdict.status,
      ...(verdict.reference ? { providerReference: verdict.reference } : {}),
      nextAttemptAt: null,
      ...(verdict.attempted ? { attempts: { increment: 1 } } : {}),
      ...(verdict.error ? { lastError: verdict.error.slice(0, 500) } : {}),
    },
    include: { payment: { select: { id: true, currency: true } } },
  });
  if (verdict.status === "FAILED") {
    await addTimeline(tx, refund.orderId, {
      type: "refund_failed",
      message:
        from === "SUCCEEDED"
          ? "The provider failed a refund it had accepted: the money has not gone back"
          : "The provider refused the refund",
      data: { refundId },
    });
    return { changed: true, failed: true };
  }
  if (!refund.reason?.startsWith(AUTOMATIC_REFUND)) {
    const refunded = await tx.refund.aggregate({
      _sum: { amount: true },
      where: { paymentId: refund.payment.id, status: "SUCCEEDED" },
    });
    await applyRefund(tx, {
      orderId: refund.orderId,
      refundId,
      amount: refund.amount,
      currency: refund.payment.currency,
      refundedTotal: refunded._sum.amount ?? 0,
      restock: (refund.restock as RestockLines | null) ?? undefined,
      actorId: refund.createdById,
    });
  } else {
    await addTimeline(tx, refund.orderId, {
      type: "refunded",
      message: `Refunded ${refund.amount} ${refund.payment.currency} (${refund.reason})`,
      data: { refundId },
    });
  }
  return { changed: true, failed: false };
}

/** A failed call: the refund stays PENDING with its next attempt scheduled, or fails for good. */
async function recordFailure(
  refund: { id: string; attempts: number },
  error: unknown,
  now: Date,
): Promise<RefundOutcome> {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  // The provider says this payment cannot be refunded: asking again with the same key cannot help.
  if (error instanceof PaymentError && error.code === "not_refundable") {
    const settled = await inTransaction((tx) =>
      settleRefund(tx, refund.id, { status: "FAILED", error: message }),
    );
    if (settled.failed) await alertRefundFailing(refund.id, now);
    return "failed";
  }
  const attempts = refund.attempts + 1;
  const { count } = await (
    await db()
  ).refund.updateMany({
    where: { id: refund.id, status: "PENDING" },
    data: {
      attempts,
      lastError: message,
      nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
    },
  });
  log.warn({ refundId: refund.id, attempts, err: error }, "refund failed at the provider");
  if (count > 0 && attempts >= ALERT_AFTER_ATTEMPTS) await alertRefundFailing(refund.id, now);
  return "pending";
}

/**
 * Calls the provider for a PENDING refund and records the result. Never throws for a provider
 * failure: the refund is then "pending" (retried by the worker) or "failed" (the admins are told).
 */
export async function executeRefund(
  refundId: string,
  options: { now?: Date } = {},
): Promise<RefundOutcome> {
  const now = options.now ?? new Date();
  const refund = await (
    await db()
  ).refund.findUnique({ where: { id: refundId }, include: { payment: true } });
  if (!refund) throw new PaymentError("not_refundable", `Refund ${refundId} does not exist`);
  if (refund.status !== "PENDING") return outcomeOf(refund.status);
  const { payment } = refund;
  let outcome: Awaited<ReturnType<ReturnType<typeof providerFor>["refund"]>>;
  try {
    outcome = await providerFor(payment.provider as ProviderName).refund({
      reference: payment.providerReference,
      amount: refund.amount,
      currency: payment.currency,
      // The same key on every attempt: the provider refunds once, then replays its answer.
      idempotencyKey: `refund:${refundId}`,
      refundId,
    });
  } catch (error) {
    return recordFailure(refund, error, now);
  }
  // A refund the provider is still processing counts as made: it cannot be taken back. Its
  // later verdict arrives as a webhook (refund-events.ts).
  const status = outcome.status === "failed" ? "FAILED" : "SUCCEEDED";
  const settled = await inTransaction((tx) =>
    settleRefund(tx, refundId, {
      status,
      reference: outcome.reference,
      error: status === "FAILED" ? "The provider refused the refund" : null,
      attempted: true,
    }),
  );
  kickDispatcher();
  if (settled.failed) await alertRefundFailing(refundId, now);
  const final = await (
    await db()
  ).refund.findUniqueOrThrow({ where: { id: refundId }, select: { status: true } });
  return final.status === "SUCCEEDED" && outcome.status === "pending"
    ? "pending"
    : outcomeOf(final.status);
}
