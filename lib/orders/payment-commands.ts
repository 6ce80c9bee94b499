// What payments tell an order. Both run inside the payment event's transaction (so the Payment
// row, the order and the stock change together) or in one of their own.
//
// Decision, payment failure: the order stays PENDING_PAYMENT and its stock is released at once,
// so a decline leaves nothing held. A retry (same cart, same version) finds the same order and
// holds the stock again; an order that is never retried is cancelled by the expiry sweep when its
// reservation's TTL has passed. A late failure never touches an order that is already paid.
import type { Tx } from "@/lib/db";
import { publish } from "@/lib/events";
import { releaseForOrder, sellForOrder } from "@/lib/inventory";
import { addTimeline, lockOrder, transitionOrder, within, type LockedOrder } from "./transition";

export type MarkPaidResult =
  | { outcome: "paid"; order: LockedOrder }
  /** Paid already (by this payment or another one: the caller tells which and refunds a duplicate). */
  | { outcome: "already_paid"; order: LockedOrder }
  /** Cancelled or refunded: the money must go back. */
  | { outcome: "not_payable"; order: LockedOrder }
  | { outcome: "amount_mismatch"; order: LockedOrder }
  /** The reservation lapsed and the stock is gone: the order is cancelled, the money must go back. */
  | { outcome: "stock_shortfall"; order: LockedOrder; variantIds: string[] };

export interface MarkPaidInput {
  orderId: string;
  paymentId: string;
  amount: number;
  currency: string;
}

/** PENDING_PAYMENT → PAID: stock becomes a sale, the timeline says so, OrderPaid is published once. */
export async function markOrderPaid(input: MarkPaidInput, tx?: Tx): Promise<MarkPaidResult> {
  return within(tx, async (tx) => {
    const order = await lockOrder(tx, input.orderId);
    if (order.status === "CANCELLED" || order.status === "REFUNDED")
      return { outcome: "not_payable", order };
    if (order.status !== "PENDING_PAYMENT") return { outcome: "already_paid", order };
    if (input.amount !== order.totalAmount || input.currency.toUpperCase() !== order.currency) {
      await addTimeline(tx, order.id, {
        type: "payment_mismatch",
        message: `A payment of ${input.amount} ${input.currency} does not match the total of ${order.totalAmount} ${order.currency}`,
        data: { paymentId: input.paymentId },
      });
      return { outcome: "amount_mismatch", order };
    }
    const lines = (
      await tx.orderLine.findMany({
        where: { orderId: order.id },
        select: { variantId: true, quantity: true },
      })
    ).flatMap((line) =>
      line.variantId ? [{ variantId: line.variantId, quantity: line.quantity }] : [],
    );
    const { short } = await sellForOrder(tx, { orderId: order.id, lines });
    if (short.length > 0) {
      await releaseForOrder(tx, {
        orderId: order.id,
        status: "RELEASED",
        note: "stock shortfall at payment",
      });
      const cancelled = await transitionOrder(tx, order, "CANCELLED", {
        timeline: {
          type: "cancelled",
          message:
            "Paid after the stock hold lapsed and the items sold out: cancelled for a refund",
          data: { paymentId: input.paymentId, variantIds: short },
        },
        event: {
          type: "OrderCancelled",
          aggregateType: "Order",
          aggregateId: order.id,
          payload: { orderId: order.id, reason: "expired" },
        },
        set: { cancelledAt: new Date() },
      });
      return { outcome: "stock_shortfall", order: cancelled, variantIds: short };
    }
    const paid = await transitionOrder(tx, order, "PAID", {
      timeline: {
        type: "paid",
        message: "Payment received",
        data: { paymentId: input.paymentId, amount: input.amount },
      },
      event: {
        type: "OrderPaid",
        aggregateType: "Order",
        aggregateId: order.id,
        payload: {
          orderId: order.id,
          paymentId: input.paymentId,
          currency: order.currency,
          amount: input.amount,
          number: order.number,
          email: order.email,
          cartId: order.cartId,
        },
      },
      set: { paidAt: new Date() },
    });
    return { outcome: "paid", order: paid };
  });
}

/** A declined attempt: releases the order's stock, keeps it PENDING_PAYMENT for a retry. */
export async function markPaymentFailed(
  input: { orderId: string; paymentId: string; message?: string | null },
  tx?: Tx,
): Promise<{ outcome: "released" | "ignored"; order: LockedOrder }> {
  return within(tx, async (tx) => {
    const order = await lockOrder(tx, input.orderId);
    if (order.status !== "PENDING_PAYMENT") return { outcome: "ignored", order };
    await releaseForOrder(tx, { orderId: order.id, status: "RELEASED", note: "payment failed" });
    await addTimeline(tx, order.id, {
      type: "payment_failed",
      message: input.message ? `Payment failed: ${input.message}` : "Payment failed",
      data: { paymentId: input.paymentId },
    });
    await publish(tx, {
      type: "OrderPaymentFailed",
      aggregateType: "Order",
      aggregateId: order.id,
      payload: { orderId: order.id, paymentId: input.paymentId, message: input.message ?? null },
    });
    return { outcome: "released", order };
  });
}
