// Reservation expiry with an injected clock: an unpaid order's stock comes back once its TTL has
// passed (not a moment before), the order is cancelled once even with sweeps racing, and paid
// orders are never touched.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { placeOrder } from "@/lib/checkout";
import {
  californiaAddress,
  createCart,
  createProduct,
  createStoreSettings,
  ledgerTotals,
  outboxCount,
  stockOf,
  type FixtureVariant,
} from "@/lib/checkout/testing";
import { expireReservations, markOrderPaid } from "./index";

const MINUTE = 60_000;
const t0 = new Date("2026-11-25T10:00:00Z");
let variant: FixtureVariant;
let shipping: string;
// One email per order: an email may keep only one unpaid order open (lib/checkout's caps).
let orders = 0;

beforeAll(async () => {
  variant = (await createProduct([{ priceAmount: 1000, onHand: 10 }]))
    .variants[0] as FixtureVariant;
  shipping = (await createStoreSettings()).standard;
});

async function order(quantity: number, now = t0) {
  const cart = await createCart([{ variantId: variant.id, quantity }]);
  return placeOrder(
    {
      cartId: cart.cartId,
      cartVersion: cart.version,
      email: `late${++orders}@example.com`,
      shippingAddress: californiaAddress,
      shippingMethodId: shipping,
    },
    { now },
  );
}

describe("expireReservations", () => {
  it("returns an unpaid order's stock after the TTL (15 minutes by default), not before", async () => {
    const placed = await order(3);
    expect(placed.holdExpiresAt).toEqual(new Date(t0.getTime() + 15 * MINUTE));
    const before = await stockOf(variant.id);

    expect(await expireReservations(new Date(t0.getTime() + 14 * MINUTE))).toEqual([]);
    expect(await stockOf(variant.id)).toEqual(before);

    expect(await expireReservations(new Date(t0.getTime() + 15 * MINUTE + 1))).toEqual([
      placed.orderId,
    ]);
    expect(await stockOf(variant.id)).toEqual({
      onHand: before.onHand,
      reserved: before.reserved - 3,
    });
    expect(await ledgerTotals(variant.id)).toEqual(await stockOf(variant.id));
    const prisma = await db();
    const cancelled = await prisma.order.findUniqueOrThrow({
      where: { id: placed.orderId },
      include: { reservations: true, timeline: true },
    });
    expect(cancelled.status).toBe("CANCELLED");
    expect(cancelled.reservations.map((r) => r.status)).toEqual(["EXPIRED"]);
    expect(cancelled.timeline.map((e) => e.type)).toEqual(["placed", "expired"]);
    expect(
      (
        await prisma.outboxEvent.findFirstOrThrow({
          where: { type: "OrderCancelled", aggregateId: placed.orderId },
        })
      ).payload,
    ).toMatchObject({ reason: "expired" });
  });

  it("cancels each order once when sweeps race, and leaves paid orders alone", async () => {
    const unpaid = await Promise.all([order(1), order(1), order(1)]);
    const paid = await order(2);
    await markOrderPaid({
      orderId: paid.orderId,
      paymentId: "pay-1",
      amount: paid.totalAmount,
      currency: "USD",
    });
    const stock = await stockOf(variant.id);

    const later = new Date(t0.getTime() + 60 * MINUTE);
    const swept = (
      await Promise.all([
        expireReservations(later),
        expireReservations(later),
        expireReservations(later),
      ])
    ).flat();
    expect(swept.sort()).toEqual(unpaid.map((o) => o.orderId).sort());
    for (const o of unpaid) expect(await outboxCount("OrderCancelled", o.orderId)).toBe(1);
    expect(await stockOf(variant.id)).toEqual({
      onHand: stock.onHand,
      reserved: stock.reserved - 3,
    });
    expect(
      (await (await db()).order.findUniqueOrThrow({ where: { id: paid.orderId } })).status,
    ).toBe("PAID");
    expect(await ledgerTotals(variant.id)).toEqual(await stockOf(variant.id));
  });

  it("honours a custom TTL", async () => {
    const cart = await createCart([{ variantId: variant.id, quantity: 1 }]);
    const placed = await placeOrder(
      {
        cartId: cart.cartId,
        cartVersion: cart.version,
        email: "ttl@example.com",
        shippingAddress: californiaAddress,
        shippingMethodId: shipping,
      },
      { now: t0, reservationTtlMs: 2 * MINUTE },
    );
    expect(await expireReservations(new Date(t0.getTime() + 3 * MINUTE))).toEqual([placed.orderId]);
  });
});
