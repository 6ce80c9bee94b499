// Refunds in two steps around the provider call, which must not run inside a transaction:
// a PENDING Refund row is written first (the durable intent, with its id as the provider's
// idempotency key), then the provider is called, then the outcome is recorded.
import { db, inTransaction, type Tx } from "@/lib/db";
import { kickDispatcher } from "@/lib/events";
import { addTimeline, applyRefund } from "@/lib/orders";
import { PaymentError } from "./errors";
import { providerFor } from "./provider";
import type { ProviderName } from "./types";

/** Refunds Cartwright starts itself (duplicate or unkeepable payments) carry this reason prefix. */
export const AUTOMATIC_REFUND = "Automatic:";

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

export interface RefundCompletion {
  /** Order side: lines to restock, who did it. Omitted for automatic refunds (timeline only). */
  merchant?: { restock?: { orderLineId: string; quantity: number }[]; actorId?: string | null };
}

/** Calls the provider for a PENDING refund and records the result. */
export async function executeRefund(
  refundId: string,
  completion: RefundCompletion = {},
): Promise<"succeeded" | "pending" | "failed"> {
  const refund = await (
    await db()
  ).refund.findUnique({ where: { id: refundId }, include: { payment: true } });
  if (!refund) throw new PaymentError("not_refundable", `Refund ${refundId} does not exist`);
  const { payment } = refund;
  if (refund.status !== "PENDING") return refund.status === "SUCCEEDED" ? "succeeded" : "failed";
  let outcome: Awaited<ReturnType<ReturnType<typeof providerFor>["refund"]>>;
  try {
    outcome = await providerFor(payment.provider as ProviderName).refund({
      reference: payment.providerReference,
      amount: refund.amount,
      currency: payment.currency,
      idempotencyKey: `refund:${refundId}`,
    });
  } catch (error) {
    await inTransaction((tx) =>
      tx.refund.update({ where: { id: refundId }, data: { status: "FAILED" } }),
    );
    throw error instanceof PaymentError
      ? error
      : new PaymentError("provider_error", "The refund could not be made");
  }
  // A refund the provider is still processing counts as made: it cannot be taken back.
  const status = outcome.status === "failed" ? "FAILED" : "SUCCEEDED";
  await inTransaction(async (tx) => {
    await tx.refund.update({
      where: { id: refundId },
      data: { status, providerReference: outcome.reference },
    });
    if (status === "FAILED") {
      await addTimeline(tx, refund.orderId, {
        type: "refund_failed",
        message: "The provider refused the refund",
        data: { refundId },
      });
    } else if (completion.merchant) {
      const refunded = await tx.refund.aggregate({
        _sum: { amount: true },
        where: { paymentId: payment.id, status: "SUCCEEDED" },
      });
      await applyRefund(tx, {
        orderId: refund.orderId,
        refundId,
        amount: refund.amount,
        currency: payment.currency,
        refundedTotal: refunded._sum.amount ?? 0,
        restock: completion.merchant.restock,
        actorId: completion.merchant.actorId,
      });
    } else {
      await addTimeline(tx, refund.orderId, {
        type: "refunded",
        message: `Refunded ${refund.amount} ${payment.currency} (${refund.reason ?? "automatic"})`,
        data: { refundId },
      });
    }
  });
  kickDispatcher();
  return outcome.status === "failed" ? "failed" : outcome.status;
}
