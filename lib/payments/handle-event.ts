// handlePaymentEvent: every provider notification (a Stripe webhook, a test-card confirmation)
// comes through here. In one transaction: the event is recorded under its unique provider event
// id (a redelivery finds it and stops), the order is locked, the Payment row for the provider
// object is created or locked, and the order moves. Whatever the number or order of deliveries:
// one Payment row per provider object, one OrderPaid per order, and a failure that arrives after
// a success changes nothing. Money that cannot be kept (a second payment for a paid order, one
// for a cancelled order) is refunded automatically, after the commit.
import { inTransaction, type Tx } from "@/lib/db";
import { kickDispatcher } from "@/lib/events";
import { childLogger } from "@/lib/logger";
import {
  addTimeline,
  lockOrder,
  markOrderPaid,
  markPaymentFailed,
  OrderNotFoundError,
} from "@/lib/orders";
import { createAutomaticRefund, executeRefund } from "./refund-execution";
import { paymentEventSchema } from "./schemas";
import type { PaymentEvent, PaymentEventResult } from "./types";
import { recordWebhookEvent } from "./webhook-record";

const log = childLogger({ component: "payments" });

interface LockedPayment {
  id: string;
  orderId: string;
  status: "PENDING" | "AUTHORIZED" | "SUCCEEDED" | "FAILED" | "CANCELLED";
  amount: number;
  currency: string;
}

async function lockPayment(
  tx: Tx,
  event: ReturnType<typeof paymentEventSchema.parse>,
): Promise<LockedPayment> {
  await tx.payment.createMany({
    data: [
      {
        orderId: event.orderId,
        provider: event.provider,
        providerReference: event.reference,
        amount: event.amount,
        currency: event.currency,
      },
    ],
    skipDuplicates: true,
  });
  const [row] = await tx.$queryRaw<LockedPayment[]>`
    SELECT "id", "orderId", "status"::text AS "status", "amount", "currency"
      FROM "Payment" WHERE "providerReference" = ${event.reference} FOR UPDATE`;
  if (!row) throw new Error(`Payment ${event.reference} vanished under its lock`);
  return row;
}

async function apply(
  tx: Tx,
  event: ReturnType<typeof paymentEventSchema.parse>,
): Promise<PaymentEventResult> {
  const none = { paymentId: null, refundId: null };
  if (event.type === "ignored") return { outcome: "ignored", ...none };
  try {
    await lockOrder(tx, event.orderId); // order first, then payment: the same lock order everywhere
  } catch (error) {
    if (error instanceof OrderNotFoundError) return { outcome: "unknown_order", ...none };
    throw error;
  }
  const payment = await lockPayment(tx, event);
  if (payment.orderId !== event.orderId)
    return { outcome: "ignored", paymentId: payment.id, refundId: null };
  const result = (outcome: PaymentEventResult["outcome"], refundId: string | null = null) => ({
    outcome,
    paymentId: payment.id,
    refundId,
  });

  if (event.type === "payment_failed" || event.type === "payment_expired") {
    if (payment.status === "SUCCEEDED") return result("late_failure_ignored");
    await tx.payment.update({
      where: { id: payment.id },
      data: {
        status: event.type === "payment_failed" ? "FAILED" : "CANCELLED",
        failureMessage: event.failureMessage ?? null,
      },
    });
    if (event.type === "payment_expired") return result("expired");
    await markPaymentFailed(
      { orderId: event.orderId, paymentId: payment.id, message: event.failureMessage ?? null },
      tx,
    );
    return result("failure_recorded");
  }

  if (payment.status === "SUCCEEDED") return result("already_succeeded");
  await tx.payment.update({
    where: { id: payment.id },
    data: {
      status: "SUCCEEDED",
      failureMessage: null,
      amount: event.amount,
      currency: event.currency,
    },
  });
  const paid = await markOrderPaid(
    {
      orderId: event.orderId,
      paymentId: payment.id,
      amount: event.amount,
      currency: event.currency,
    },
    tx,
  );
  if (paid.outcome === "paid") return result("paid");
  const reason =
    paid.outcome === "already_paid"
      ? "a second payment for an order already paid"
      : paid.outcome === "amount_mismatch"
        ? "a payment that does not match the order total"
        : "a payment for an order that was cancelled";
  const refundId = await createAutomaticRefund(tx, {
    paymentId: payment.id,
    orderId: event.orderId,
    amount: event.amount,
    reason,
  });
  await addTimeline(tx, event.orderId, {
    type: "refund_started",
    message: `Refunding ${reason}`,
    data: { paymentId: payment.id, refundId },
  });
  return result("refunding", refundId);
}

export async function handlePaymentEvent(input: PaymentEvent): Promise<PaymentEventResult> {
  const event = paymentEventSchema.parse(input);
  const result = await inTransaction(async (tx) => {
    // Only the normalised facts are kept: raw provider payloads can carry client secrets.
    const first = await recordWebhookEvent(tx, {
      ...event,
      payload: { ...event, failureMessage: event.failureMessage ?? null },
    });
    if (!first)
      return { outcome: "duplicate", paymentId: null, refundId: null } satisfies PaymentEventResult;
    const outcome = await apply(tx, event);
    await tx.webhookEvent.update({
      where: {
        provider_providerEventId: {
          provider: event.provider,
          providerEventId: event.providerEventId,
        },
      },
      data: {
        processedAt: new Date(),
        error: outcome.outcome === "unknown_order" ? `No order ${event.orderId}` : null,
      },
    });
    return outcome;
  });
  kickDispatcher();
  if (result.refundId) {
    // Outside the transaction: a provider call. A failed call leaves the refund PENDING with its
    // next attempt scheduled; the worker retries it and alerts the admins if it keeps failing.
    await executeRefund(result.refundId).catch((error: unknown) =>
      log.error({ err: error, refundId: result.refundId }, "automatic refund failed"),
    );
  }
  return result;
}
