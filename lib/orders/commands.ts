// Merchant and shopper commands on an order: cancel, fulfil, deliver, and the order side of a
// refund (the money side is lib/payments). Each locks the order, checks the state machine, and
// writes the timeline and an outbox event with the change.
import type { Tx } from "@/lib/db";
import { releaseForOrder, returnStock } from "@/lib/inventory";
import { canTransition, IllegalTransitionError, OrderCommandError } from "./state-machine";
import { addTimeline, lockOrder, transitionOrder, within, type LockedOrder } from "./transition";
import {
  cancelOrderSchema,
  fulfilOrderSchema,
  markDeliveredSchema,
  type CancelOrderInput,
  type FulfilOrderInput,
  type MarkDeliveredInput,
} from "./schemas";

/** Cancels an unpaid order and returns its stock. A paid order is refunded instead. */
export async function cancelOrder(input: CancelOrderInput, tx?: Tx): Promise<LockedOrder> {
  const { orderId, reason, note, actorId } = cancelOrderSchema.parse(input);
  return within(tx, async (tx) => {
    const order = await lockOrder(tx, orderId);
    const cancelled = await transitionOrder(tx, order, "CANCELLED", {
      timeline: {
        type: "cancelled",
        message: note ? `Cancelled: ${note}` : `Cancelled by the ${reason}`,
        actorId,
      },
      event: {
        type: "OrderCancelled",
        aggregateType: "Order",
        aggregateId: order.id,
        payload: { orderId: order.id, reason },
      },
      set: { cancelledAt: new Date() },
    });
    await releaseForOrder(tx, {
      orderId: order.id,
      status: "RELEASED",
      note: `cancelled by ${reason}`,
    });
    return cancelled;
  });
}

/** Ships some or all of what is left; the order becomes PARTIALLY_FULFILLED or FULFILLED. */
export async function fulfilOrder(
  input: FulfilOrderInput,
  tx?: Tx,
): Promise<{ order: LockedOrder; fulfilmentId: string }> {
  const parsed = fulfilOrderSchema.parse(input);
  return within(tx, async (tx) => {
    const order = await lockOrder(tx, parsed.orderId);
    if (!canTransition(order.status, "FULFILLED"))
      throw new IllegalTransitionError(order.id, order.status, "FULFILLED");
    const lines = await tx.orderLine.findMany({
      where: { orderId: order.id },
      orderBy: { id: "asc" },
    });
    const open = (line: (typeof lines)[number]) =>
      line.quantity - line.fulfilledQuantity - line.refundedQuantity;
    const wanted =
      parsed.lines ??
      lines
        .filter((line) => open(line) > 0)
        .map((line) => ({ orderLineId: line.id, quantity: open(line) }));
    if (wanted.length === 0)
      throw new OrderCommandError(
        "nothing_to_fulfil",
        "Everything on this order has been shipped or refunded",
      );
    const shipped = new Map<string, number>();
    for (const item of wanted) {
      const line = lines.find((candidate) => candidate.id === item.orderLineId);
      if (!line)
        throw new OrderCommandError(
          "unknown_line",
          `Line ${item.orderLineId} is not on this order`,
        );
      const total = (shipped.get(line.id) ?? 0) + item.quantity;
      if (total > open(line))
        throw new OrderCommandError(
          "over_fulfilment",
          `Only ${open(line)} of ${line.sku} remain to ship`,
        );
      shipped.set(line.id, total);
    }
    for (const [id, quantity] of shipped)
      await tx.orderLine.update({
        where: { id },
        data: { fulfilledQuantity: { increment: quantity } },
      });
    const complete = lines.every((line) => open(line) - (shipped.get(line.id) ?? 0) === 0);
    const fulfilment = await tx.fulfilment.create({
      data: {
        orderId: order.id,
        lines: Object.fromEntries(shipped),
        carrier: parsed.carrier ?? null,
        trackingNumber: parsed.trackingNumber ?? null,
        trackingUrl: parsed.trackingUrl ?? null,
      },
    });
    const next = await transitionOrder(tx, order, complete ? "FULFILLED" : "PARTIALLY_FULFILLED", {
      timeline: {
        type: "fulfilled",
        message: `${complete ? "Shipped" : "Partly shipped"}${parsed.carrier ? ` with ${parsed.carrier}` : ""}${parsed.trackingNumber ? ` (tracking ${parsed.trackingNumber})` : ""}`,
        data: { fulfilmentId: fulfilment.id },
        actorId: parsed.actorId,
      },
      event: {
        type: "OrderFulfilled",
        aggregateType: "Order",
        aggregateId: order.id,
        payload: {
          orderId: order.id,
          fulfilmentId: fulfilment.id,
          complete,
          carrier: fulfilment.carrier,
          trackingNumber: fulfilment.trackingNumber,
          trackingUrl: fulfilment.trackingUrl,
        },
      },
    });
    return { order: next, fulfilmentId: fulfilment.id };
  });
}

/** FULFILLED → DELIVERED (a carrier's notice or the merchant). */
export async function markOrderDelivered(input: MarkDeliveredInput, tx?: Tx): Promise<LockedOrder> {
  const { orderId, actorId } = markDeliveredSchema.parse(input);
  return within(tx, async (tx) => {
    const order = await lockOrder(tx, orderId);
    const delivered = await transitionOrder(tx, order, "DELIVERED", {
      timeline: { type: "delivered", message: "Delivered", actorId },
      event: {
        type: "OrderDelivered",
        aggregateType: "Order",
        aggregateId: order.id,
        payload: { orderId: order.id },
      },
    });
    await tx.fulfilment.updateMany({
      where: { orderId: order.id, deliveredAt: null },
      data: { deliveredAt: new Date() },
    });
    return delivered;
  });
}

export interface ApplyRefundInput {
  orderId: string;
  refundId: string;
  amount: number;
  currency: string;
  /** Everything refunded on this order so far, this refund included. */
  refundedTotal: number;
  /** Lines whose goods come back to stock (a return); omitted for a money-only refund. */
  restock?: { orderLineId: string; quantity: number }[];
  actorId?: string | null;
}

/**
 * The order side of a refund that the provider has accepted, in the caller's transaction:
 * PARTIALLY_REFUNDED or REFUNDED. On a cancelled order (money that arrived after it was
 * cancelled) the refund is only written to the timeline: there is no status to move.
 */
export async function applyRefund(tx: Tx, input: ApplyRefundInput): Promise<LockedOrder> {
  const order = await lockOrder(tx, input.orderId);
  const message = `Refunded ${input.amount} ${input.currency}`;
  for (const item of input.restock ?? []) {
    const line = await tx.orderLine.findFirst({
      where: { id: item.orderLineId, orderId: order.id },
    });
    if (!line)
      throw new OrderCommandError("unknown_line", `Line ${item.orderLineId} is not on this order`);
    await tx.orderLine.update({
      where: { id: line.id },
      data: { refundedQuantity: { increment: item.quantity } },
    });
    if (line.variantId)
      await returnStock(
        { variantId: line.variantId, quantity: item.quantity, orderId: order.id, note: "refund" },
        tx,
      );
  }
  if (order.status === "CANCELLED") {
    await addTimeline(tx, order.id, {
      type: "refunded",
      message,
      data: { refundId: input.refundId },
      actorId: input.actorId,
    });
    return order;
  }
  const complete = input.refundedTotal >= order.totalAmount;
  return transitionOrder(tx, order, complete ? "REFUNDED" : "PARTIALLY_REFUNDED", {
    timeline: {
      type: "refunded",
      message,
      data: { refundId: input.refundId, amount: input.amount },
      actorId: input.actorId,
    },
    event: {
      type: "OrderRefunded",
      aggregateType: "Order",
      aggregateId: order.id,
      payload: {
        orderId: order.id,
        refundId: input.refundId,
        currency: order.currency,
        amount: input.amount,
        complete,
      },
    },
  });
}
