// The order state machine, checked against the database: every one of the 64 (from, to) pairs is
// tried; the illegal ones throw IllegalTransitionError and change nothing (status, timeline,
// outbox), the legal ones move the order and write both. The public commands refuse likewise.
import { beforeAll, describe, expect, it } from "vitest";
import { db, inTransaction } from "@/lib/db";
import {
  canTransition,
  cancelOrder,
  fulfilOrder,
  IllegalTransitionError,
  markOrderDelivered,
  markOrderPaid,
  orderStatuses,
  type OrderStatus,
} from "./index";
import { lockOrder, transitionOrder } from "./transition";

// Open (and migrate) this file's database up front, under the hook timeout, not the first test's.
beforeAll(async () => {
  await db();
});

let seq = 0;
async function orderIn(status: OrderStatus): Promise<string> {
  const order = await (
    await db()
  ).order.create({
    data: {
      email: "sm@example.com",
      currency: "USD",
      subtotalAmount: 1000,
      totalAmount: 1000,
      shippingAddress: {},
      status,
      idempotencyKey: `sm-${seq++}`,
      lines: {
        create: [
          {
            productTitle: "Tee",
            variantTitle: "M",
            sku: "SM-1",
            unitPriceAmount: 1000,
            quantity: 1,
            lineTotalAmount: 1000,
          },
        ],
      },
    },
  });
  return order.id;
}

async function footprint(orderId: string) {
  const prisma = await db();
  const order = await prisma.order.findUniqueOrThrow({ where: { id: orderId } });
  return {
    status: order.status,
    timeline: await prisma.orderEvent.count({ where: { orderId } }),
    outbox: await prisma.outboxEvent.count({ where: { aggregateId: orderId } }),
  };
}

const pairs = orderStatuses.flatMap((from) => orderStatuses.map((to) => [from, to] as const));

describe("every transition", () => {
  it("has 8 statuses and refuses anything out of CANCELLED and REFUNDED", () => {
    expect(orderStatuses).toHaveLength(8);
    for (const to of orderStatuses) {
      expect(canTransition("CANCELLED", to)).toBe(false);
      expect(canTransition("REFUNDED", to)).toBe(false);
    }
    expect(pairs.filter(([from, to]) => canTransition(from, to)).length).toBe(19);
  });

  it.each(pairs)("%s → %s", async (from, to) => {
    const orderId = await orderIn(from);
    const before = await footprint(orderId);
    const attempt = inTransaction(async (tx) =>
      transitionOrder(tx, await lockOrder(tx, orderId), to, {
        timeline: { type: "test", message: `${from} → ${to}` },
        event: {
          type: "OrderDelivered",
          aggregateType: "Order",
          aggregateId: orderId,
          payload: { orderId },
        },
      }),
    );
    if (canTransition(from, to)) {
      await expect(attempt).resolves.toMatchObject({ status: to });
      expect(await footprint(orderId)).toEqual({
        status: to,
        timeline: before.timeline + 1,
        outbox: before.outbox + 1,
      });
    } else {
      const error = await attempt.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IllegalTransitionError);
      expect(error).toMatchObject({ from, to, code: "illegal_transition" });
      expect(await footprint(orderId)).toEqual(before);
    }
  });
});

describe("commands refuse illegal moves", () => {
  it("cannot cancel a paid order, fulfil an unpaid one or deliver an unshipped one", async () => {
    const paid = await orderIn("PAID");
    await expect(cancelOrder({ orderId: paid, reason: "merchant" })).rejects.toBeInstanceOf(
      IllegalTransitionError,
    );
    const pending = await orderIn("PENDING_PAYMENT");
    await expect(fulfilOrder({ orderId: pending })).rejects.toBeInstanceOf(IllegalTransitionError);
    await expect(markOrderDelivered({ orderId: paid })).rejects.toBeInstanceOf(
      IllegalTransitionError,
    );
    expect((await footprint(paid)).status).toBe("PAID");
    expect((await footprint(pending)).status).toBe("PENDING_PAYMENT");
  });

  it("does not pay a cancelled order (the caller refunds)", async () => {
    const cancelled = await orderIn("CANCELLED");
    const result = await markOrderPaid({
      orderId: cancelled,
      paymentId: "p",
      amount: 1000,
      currency: "USD",
    });
    expect(result.outcome).toBe("not_payable");
    expect(await footprint(cancelled)).toMatchObject({
      status: "CANCELLED",
      timeline: 0,
      outbox: 0,
    });
  });
});

describe("fulfilment", () => {
  it("ships part, then the rest, then delivers, with events and timeline", async () => {
    const prisma = await db();
    const orderId = await orderIn("PAID");
    const line = await prisma.orderLine.create({
      data: {
        orderId,
        productTitle: "Mug",
        variantTitle: "-",
        sku: "SM-2",
        unitPriceAmount: 500,
        quantity: 3,
        lineTotalAmount: 1500,
      },
    });
    const first = await fulfilOrder({
      orderId,
      lines: [{ orderLineId: line.id, quantity: 2 }],
      carrier: "UPS",
      trackingNumber: "1Z999",
    });
    expect(first.order.status).toBe("PARTIALLY_FULFILLED");
    await expect(
      fulfilOrder({ orderId, lines: [{ orderLineId: line.id, quantity: 2 }] }),
    ).rejects.toMatchObject({ code: "over_fulfilment" });
    const rest = await fulfilOrder({ orderId });
    expect(rest.order.status).toBe("FULFILLED");
    await expect(fulfilOrder({ orderId })).rejects.toBeInstanceOf(IllegalTransitionError);
    expect((await markOrderDelivered({ orderId })).status).toBe("DELIVERED");
    const events = await prisma.outboxEvent.findMany({
      where: { aggregateId: orderId },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => e.type)).toEqual([
      "OrderFulfilled",
      "OrderFulfilled",
      "OrderDelivered",
    ]);
    expect(events[0]?.payload).toMatchObject({
      complete: false,
      carrier: "UPS",
      trackingNumber: "1Z999",
    });
    const lines = await prisma.orderLine.findMany({ where: { orderId } });
    expect(lines.every((l) => l.fulfilledQuantity === l.quantity)).toBe(true);
  });
});
