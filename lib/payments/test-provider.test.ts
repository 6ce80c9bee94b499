// The built-in test provider end to end: start a payment, pay with 4242 (paid, stock sold), see
// 0002 declined (order kept for a retry, stock released), retry after a decline, refuse other
// numbers and closed orders. The card number never reaches the database.
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
import { adjustStock, SoldOutError } from "@/lib/inventory";
import { cancelOrder } from "@/lib/orders";
import {
  confirmTestPayment,
  getTestPaymentSession,
  startPayment,
  TEST_CARD_DECLINE,
  TEST_CARD_SUCCESS,
  TEST_PAYMENT_PATH,
} from "./index";

let variant: FixtureVariant;
let shipping: string;
beforeAll(async () => {
  variant = (await createProduct([{ priceAmount: 1800, onHand: 20 }]))
    .variants[0] as FixtureVariant;
  shipping = (await createStoreSettings()).standard;
});

// One email per checkout: an email may keep only one unpaid order open (lib/checkout's caps).
let checkouts = 0;
async function checkout(quantity = 2) {
  const cart = await createCart([{ variantId: variant.id, quantity }]);
  const input = {
    cartId: cart.cartId,
    cartVersion: cart.version,
    email: `card${++checkouts}@example.com`,
    shippingAddress: californiaAddress,
    shippingMethodId: shipping,
  };
  const placed = await placeOrder(input);
  const started = await startPayment({
    orderId: placed.orderId,
    successUrl: "/checkout/complete",
    cancelUrl: "/checkout",
  });
  return { placed, started, again: () => placeOrder(input) };
}

describe("test provider", () => {
  it("starts one session per order attempt, on the built-in page", async () => {
    const { placed, started } = await checkout();
    expect(started.provider).toBe("test");
    expect(started.redirectUrl).toBe(`${TEST_PAYMENT_PATH}/${started.sessionId}`);
    const again = await startPayment({
      orderId: placed.orderId,
      successUrl: "/a",
      cancelUrl: "/b",
    });
    expect(again.sessionId).toBe(started.sessionId);
    expect(await getTestPaymentSession(started.sessionId)).toMatchObject({
      orderId: placed.orderId,
      amount: placed.totalAmount,
      status: "PENDING",
    });
    expect(await getTestPaymentSession("tps_nope")).toBeNull();
  });

  it("pays with 4242 4242 4242 4242: order paid once, stock sold", async () => {
    const { placed, started } = await checkout();
    const before = await stockOf(variant.id);
    expect(await confirmTestPayment(started.sessionId, TEST_CARD_SUCCESS)).toMatchObject({
      outcome: "succeeded",
      orderId: placed.orderId,
    });
    expect(await confirmTestPayment(started.sessionId, TEST_CARD_SUCCESS)).toMatchObject({
      outcome: "succeeded",
    });
    expect(
      (await (await db()).order.findUniqueOrThrow({ where: { id: placed.orderId } })).status,
    ).toBe("PAID");
    expect(await stockOf(variant.id)).toEqual({
      onHand: before.onHand - 2,
      reserved: before.reserved - 2,
    });
    expect(await outboxCount("OrderPaid", placed.orderId)).toBe(1);
    await expect(
      startPayment({ orderId: placed.orderId, successUrl: "/a", cancelUrl: "/b" }),
    ).rejects.toMatchObject({ code: "already_paid" });
  });

  it("a retry after a decline whose stock has gone names the sold-out item", async () => {
    const { variants } = await createProduct([{ priceAmount: 900, onHand: 2 }]);
    const scarce = variants[0] as FixtureVariant;
    const cart = await createCart([{ variantId: scarce.id, quantity: 2 }]);
    const input = {
      cartId: cart.cartId,
      cartVersion: cart.version,
      email: "scarce@example.com",
      shippingAddress: californiaAddress,
      shippingMethodId: shipping,
    };
    const placed = await placeOrder(input);
    const started = await startPayment({
      orderId: placed.orderId,
      successUrl: "/a",
      cancelUrl: "/b",
    });
    expect(await confirmTestPayment(started.sessionId, TEST_CARD_DECLINE)).toMatchObject({
      outcome: "declined",
    });
    // While the shopper decides to retry, the released units are written off.
    await adjustStock({ variantId: scarce.id, delta: -2, note: "damaged" });
    const retry = placeOrder(input);
    await expect(retry).rejects.toBeInstanceOf(SoldOutError);
    await expect(retry).rejects.toThrow(/^Checkout \w+ T-Shirt \(Size 0\) is sold out\.$/);
  });

  it("declines 4000 0000 0000 0002: order stays unpaid, stock released; a retry holds it again and pays", async () => {
    const { placed, started, again } = await checkout();
    const held = await stockOf(variant.id);
    const declined = await confirmTestPayment(started.sessionId, "4000000000000002");
    expect(declined).toMatchObject({
      outcome: "declined",
      message: expect.stringMatching(/declined/),
    });
    const prisma = await db();
    expect((await prisma.order.findUniqueOrThrow({ where: { id: placed.orderId } })).status).toBe(
      "PENDING_PAYMENT",
    );
    expect(await stockOf(variant.id)).toEqual({ onHand: held.onHand, reserved: held.reserved - 2 });

    // Back to checkout, Pay again: the same order, its stock held again, a new session.
    const resumed = await again();
    expect(resumed).toMatchObject({ orderId: placed.orderId, created: false });
    expect(await stockOf(variant.id)).toEqual(held);
    const retry = await startPayment({
      orderId: placed.orderId,
      successUrl: "/a",
      cancelUrl: "/b",
    });
    expect(retry.sessionId).not.toBe(started.sessionId);
    expect(await confirmTestPayment(retry.sessionId, TEST_CARD_SUCCESS)).toMatchObject({
      outcome: "succeeded",
    });
    expect(await stockOf(variant.id)).toEqual({
      onHand: held.onHand - 2,
      reserved: held.reserved - 2,
    });
    expect(await ledgerTotals(variant.id)).toEqual(await stockOf(variant.id));
    expect(await prisma.payment.count({ where: { orderId: placed.orderId } })).toBe(2);
  });

  it("refuses another card number without changing anything, and a cancelled order", async () => {
    const { placed, started } = await checkout(1);
    const stock = await stockOf(variant.id);
    expect(await confirmTestPayment(started.sessionId, "5555 5555 5555 4444")).toMatchObject({
      outcome: "invalid_card",
    });
    expect(await stockOf(variant.id)).toEqual(stock);
    expect((await getTestPaymentSession(started.sessionId))?.status).toBe("PENDING");
    await cancelOrder({ orderId: placed.orderId, reason: "customer" });
    expect(await confirmTestPayment(started.sessionId, TEST_CARD_SUCCESS)).toMatchObject({
      outcome: "closed",
    });
    expect(
      (await (await db()).order.findUniqueOrThrow({ where: { id: placed.orderId } })).status,
    ).toBe("CANCELLED");
  });

  it("never stores a card number", async () => {
    const prisma = await db();
    const tables = await prisma.$queryRaw<{ name: string }[]>`
      SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`;
    let dump = "";
    for (const { name } of tables) {
      const rows = await prisma.$queryRawUnsafe<{ row: string }[]>(
        `SELECT row_to_json(t)::text AS row FROM "${name.replaceAll('"', "")}" t`,
      );
      dump += rows.map((r) => r.row).join("\n");
    }
    expect(dump.length).toBeGreaterThan(1000);
    for (const card of [TEST_CARD_SUCCESS, TEST_CARD_DECLINE, "5555 5555 5555 4444"]) {
      expect(dump).not.toContain(card);
      expect(dump).not.toContain(card.replaceAll(" ", ""));
    }
  });
});
