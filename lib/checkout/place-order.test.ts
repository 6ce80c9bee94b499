// placeOrder: idempotency by cart version, prices from the catalog whatever the client sends,
// stock reserved with the order, discount uses claimed and given back, clear errors.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { cancelOrder } from "@/lib/orders";
import { CheckoutError, placeOrder, SoldOutError } from "./index";
import {
  californiaAddress,
  createCart,
  createProduct,
  createStoreSettings,
  ledgerTotals,
  outboxCount,
  stockOf,
  type FixtureVariant,
} from "./testing";

let shirt: FixtureVariant;
let mug: FixtureVariant;
let store: Awaited<ReturnType<typeof createStoreSettings>>;
// One email per test: an email may keep only one unpaid order of other carts open (unpaid-orders.ts).
let email = "buyer@example.com";
let emails = 0;
beforeEach(() => {
  email = `buyer${++emails}@example.com`;
});

beforeAll(async () => {
  [shirt, mug] = (
    await createProduct([
      { priceAmount: 2500, onHand: 30 },
      { priceAmount: 1200, onHand: 30 },
    ])
  ).variants as [FixtureVariant, FixtureVariant];
  store = await createStoreSettings();
  await (
    await db()
  ).discountCode.createMany({
    data: [
      { code: "TEN", type: "PERCENT", value: 1000 },
      { code: "LASTONE", type: "FIXED", value: 100, usageLimit: 1 },
      { code: "ONCEEACH", type: "FIXED", value: 100, usageLimitPerCustomer: 1 },
    ],
  });
});

const checkout = (cart: { cartId: string; version: number }, extra: Record<string, unknown> = {}) =>
  placeOrder({
    cartId: cart.cartId,
    cartVersion: cart.version,
    email,
    shippingAddress: californiaAddress,
    shippingMethodId: store.standard,
    ...extra,
  });

describe("placeOrder", () => {
  it("creates the order from catalog prices, reserves its stock and publishes OrderPlaced", async () => {
    const cart = await createCart([
      { variantId: shirt.id, quantity: 2 },
      { variantId: mug.id, quantity: 1 },
    ]);
    const before = await stockOf(shirt.id);
    const placed = await checkout(cart, { discountCode: "ten" });
    expect(placed).toMatchObject({ created: true, status: "PENDING_PAYMENT", currency: "USD" });
    const order = await (
      await db()
    ).order.findUniqueOrThrow({
      where: { id: placed.orderId },
      include: { lines: true, timeline: true, reservations: true },
    });
    // 6200 − 10 % = 5580 (under the 75.00 free-shipping threshold) + 599 shipping; 7.25 % of 6179 = 448
    expect(order).toMatchObject({
      subtotalAmount: 6200,
      discountAmount: 620,
      shippingAmount: 599,
      taxAmount: 448,
      totalAmount: 6627,
      discountCode: "TEN",
    });
    expect(order.number).toBeGreaterThanOrEqual(1001);
    expect(
      order.lines.map((l) => [l.sku, l.unitPriceAmount, l.quantity, l.lineTotalAmount]).sort(),
    ).toEqual(
      [
        [mug.sku, 1200, 1, 1200],
        [shirt.sku, 2500, 2, 5000],
      ].sort(),
    );
    expect(order.reservations.map((r) => [r.variantId, r.quantity, r.status]).sort()).toEqual(
      [
        [mug.id, 1, "ACTIVE"],
        [shirt.id, 2, "ACTIVE"],
      ].sort(),
    );
    expect(order.timeline.map((e) => e.type)).toEqual(["placed"]);
    expect(await stockOf(shirt.id)).toEqual({
      onHand: before.onHand,
      reserved: before.reserved + 2,
    });
    expect(await ledgerTotals(shirt.id)).toEqual(await stockOf(shirt.id));
    expect(await outboxCount("OrderPlaced", placed.orderId)).toBe(1);
  });

  it("ignores a price or total sent by the client: the order has the catalog price", async () => {
    const cart = await createCart([{ variantId: shirt.id, quantity: 1 }]);
    const tampered = {
      cartId: cart.cartId,
      cartVersion: cart.version,
      email,
      shippingAddress: californiaAddress,
      shippingMethodId: store.express,
      totalAmount: 1,
      subtotalAmount: 1,
      unitPriceAmount: 1,
      discountAmount: 2499,
      lines: [{ variantId: shirt.id, quantity: 1, priceAmount: 1 }],
    };
    const placed = await placeOrder(tampered as unknown as Parameters<typeof placeOrder>[0]);
    const order = await (
      await db()
    ).order.findUniqueOrThrow({ where: { id: placed.orderId }, include: { lines: true } });
    expect(order.lines[0]?.unitPriceAmount).toBe(2500);
    expect(order.subtotalAmount).toBe(2500);
    expect(order.discountAmount).toBe(0);
    expect(order.totalAmount).toBe(2500 + 1499 + Math.round((2500 + 1499) * 0.0725));
  });

  it("returns the same order for the same cart version, however many concurrent submissions", async () => {
    const cart = await createCart([{ variantId: mug.id, quantity: 3 }]);
    const before = await stockOf(mug.id);
    const results = await Promise.all(Array.from({ length: 10 }, () => checkout(cart)));
    expect(new Set(results.map((r) => r.orderId)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect((await stockOf(mug.id)).reserved).toBe(before.reserved + 3);
    expect(await (await db()).order.count({ where: { cartId: cart.cartId } })).toBe(1);
  });

  it("refuses a stale cart version, an unknown cart and an empty one with clear codes", async () => {
    const cart = await createCart([{ variantId: mug.id, quantity: 1 }]);
    await expect(checkout({ ...cart, version: cart.version + 1 })).rejects.toMatchObject({
      code: "cart_changed",
    });
    await expect(checkout({ cartId: "missing", version: 1 })).rejects.toMatchObject({
      code: "cart_not_found",
    });
    await expect(checkout(await createCart([]))).rejects.toMatchObject({ code: "cart_empty" });
  });

  it("gives field errors for bad input and changes nothing", async () => {
    const cart = await createCart([{ variantId: mug.id, quantity: 1 }]);
    const orders = await (await db()).order.count();
    const error = await checkout(cart, {
      email: "not-an-email",
      shippingAddress: { ...californiaAddress, postalCode: "" },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CheckoutError);
    expect((error as CheckoutError).fieldErrors).toHaveProperty("email");
    expect((error as CheckoutError).fieldErrors).toHaveProperty(["shippingAddress.postalCode"]);
    const badShipping = await checkout(cart, { shippingMethodId: store.international }).catch(
      (e: unknown) => e,
    );
    expect((badShipping as CheckoutError).fieldErrors).toHaveProperty("shippingMethodId");
    expect(await (await db()).order.count()).toBe(orders);
  });

  it("throws SoldOutError naming the variant and leaves stock and orders untouched", async () => {
    const { variants } = await createProduct([{ priceAmount: 1000, onHand: 1 }]);
    const scarce = variants[0] as FixtureVariant;
    const cart = await createCart([
      { variantId: mug.id, quantity: 1 },
      { variantId: scarce.id, quantity: 2 },
    ]);
    const mugBefore = await stockOf(mug.id);
    const error = await checkout(cart).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SoldOutError);
    expect(error).toMatchObject({ variantId: scarce.id, requested: 2, available: 1 });
    expect((error as Error).message).toContain("Only 1 left");
    expect(await stockOf(mug.id)).toEqual(mugBefore);
    expect(await (await db()).order.count({ where: { cartId: cart.cartId } })).toBe(0);
  });

  it("claims a limited code once: the second order is refused, cancelling gives the use back", async () => {
    const first = await checkout(await createCart([{ variantId: mug.id, quantity: 1 }]), {
      discountCode: "LASTONE",
    });
    await expect(
      checkout(await createCart([{ variantId: mug.id, quantity: 1 }]), {
        discountCode: "LASTONE",
        email: "other@example.com",
      }),
    ).rejects.toMatchObject({ code: "discount_unavailable" });
    expect(
      (await (await db()).discountCode.findUniqueOrThrow({ where: { code: "LASTONE" } })).usedCount,
    ).toBe(1);
    await cancelOrder({ orderId: first.orderId, reason: "customer" });
    const { drainOutbox } = await import("@/lib/events");
    await import("./handlers");
    await drainOutbox({ workerId: "test" });
    expect(
      (await (await db()).discountCode.findUniqueOrThrow({ where: { code: "LASTONE" } })).usedCount,
    ).toBe(0);
    const again = await checkout(await createCart([{ variantId: mug.id, quantity: 1 }]), {
      discountCode: "LASTONE",
      email: "other@example.com",
    });
    expect(again.created).toBe(true);
  });

  it("limits a per-customer code by email, saying only that it cannot be applied", async () => {
    const first = await checkout(await createCart([{ variantId: mug.id, quantity: 1 }]), {
      discountCode: "ONCEEACH",
    });
    // Paid, so the email's next order is not refused for having one unpaid already.
    await (await db()).order.update({ where: { id: first.orderId }, data: { status: "PAID" } });
    await expect(
      checkout(await createCart([{ variantId: mug.id, quantity: 1 }]), {
        discountCode: "ONCEEACH",
        email: email.toUpperCase(),
      }),
    ).rejects.toMatchObject({
      code: "discount_unavailable",
      message: "This code cannot be applied.",
    });
  });

  it("starts a new attempt when the cart version's order was cancelled", async () => {
    const cart = await createCart([{ variantId: mug.id, quantity: 1 }]);
    const first = await checkout(cart);
    await cancelOrder({ orderId: first.orderId, reason: "customer" });
    const second = await checkout(cart);
    expect(second.orderId).not.toBe(first.orderId);
    expect(second.created).toBe(true);
    expect((await checkout(cart)).orderId).toBe(second.orderId);
  });
});
