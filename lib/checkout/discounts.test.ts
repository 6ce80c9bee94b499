// priceCart's discount codes: percent in basis points, fixed, free shipping; start and end dates,
// minimum subtotal, overall and per-customer usage limits, currency, each refusal with its reason.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { priceCart } from "./index";
import { createProduct, createStoreSettings, type FixtureVariant } from "./testing";

let shirt: FixtureVariant;
let mug: FixtureVariant;
let scarce: FixtureVariant;
let store: Awaited<ReturnType<typeof createStoreSettings>>;
const now = new Date("2026-06-01T12:00:00Z");

beforeAll(async () => {
  [shirt, mug, scarce] = (
    await createProduct([
      { priceAmount: 2500, onHand: 50 },
      { priceAmount: 1200, onHand: 50 },
      { priceAmount: 4000, onHand: 2 },
    ])
  ).variants as [FixtureVariant, FixtureVariant, FixtureVariant];
  store = await createStoreSettings();
  const prisma = await db();
  await prisma.discountCode.createMany({
    data: [
      { code: "TEN", type: "PERCENT", value: 1000 },
      { code: "ODD", type: "PERCENT", value: 1250 },
      { code: "FIVEOFF", type: "FIXED", value: 500, currency: "USD" },
      { code: "HUGE", type: "FIXED", value: 1_000_000 },
      { code: "SHIPFREE", type: "FREE_SHIPPING", value: 0, minSubtotalAmount: 5000 },
      { code: "LATER", type: "PERCENT", value: 500, startsAt: new Date("2026-07-01T00:00:00Z") },
      { code: "OVER", type: "PERCENT", value: 500, endsAt: new Date("2026-06-01T12:00:00Z") },
      { code: "OFF", type: "PERCENT", value: 500, active: false },
      { code: "USEDUP", type: "PERCENT", value: 500, usageLimit: 3, usedCount: 3 },
      { code: "ONCE", type: "PERCENT", value: 500, usageLimitPerCustomer: 1 },
      { code: "EURO", type: "FIXED", value: 500, currency: "EUR" },
    ],
  });
  const once = await prisma.discountCode.findUniqueOrThrow({ where: { code: "ONCE" } });
  const order = await prisma.order.create({
    data: {
      email: "used@example.com",
      currency: "USD",
      subtotalAmount: 100,
      totalAmount: 100,
      shippingAddress: {},
      idempotencyKey: "fixture-once",
    },
  });
  await prisma.discountUsage.create({
    data: { discountId: once.id, orderId: order.id, email: "used@example.com" },
  });
});

describe("discount codes", () => {
  const cart = (discountCode: string, extra: object = {}) =>
    priceCart({ lines: [{ variantId: shirt.id, quantity: 2 }], discountCode, ...extra }, { now });

  it("takes a percentage in basis points, rounding half up, case-insensitively", async () => {
    expect((await cart("ten")).discountAmount).toBe(500);
    const odd = await priceCart(
      {
        lines: [
          { variantId: mug.id, quantity: 1 },
          { variantId: shirt.id, quantity: 1 },
          { variantId: scarce.id, quantity: 1 },
        ],
        discountCode: "ODD",
      },
      { now },
    );
    expect(odd.subtotalAmount).toBe(7700);
    expect(odd.discountAmount).toBe(963); // 12.5 % of 77.00 = 9.625
  });

  it("takes a fixed amount, never more than the goods", async () => {
    expect((await cart("FIVEOFF")).discountAmount).toBe(500);
    const huge = await cart("HUGE");
    expect(huge.discountAmount).toBe(5000);
    expect(huge.totalAmount).toBe(0);
  });

  it("zeroes shipping with a free-shipping code once the minimum subtotal is met", async () => {
    const free = await cart("SHIPFREE", {
      shippingMethodId: store.express,
      address: { country: "US" },
    });
    expect(free.discount?.freeShipping).toBe(true);
    expect(free.shippingAmount).toBe(0);
    const short = await priceCart(
      { lines: [{ variantId: mug.id, quantity: 1 }], discountCode: "SHIPFREE" },
      { now },
    );
    expect(short.errors.discountCode?.code).toBe("min_subtotal");
    expect(short.errors.discountCode?.message).toContain("$50.00");
  });

  it.each([
    ["NOPE", "not_found"],
    ["LATER", "not_started"],
    ["OVER", "expired"],
    ["OFF", "inactive"],
    ["USEDUP", "usage_limit"],
    ["EURO", "currency"],
  ])("refuses %s with reason %s and discounts nothing", async (code, reason) => {
    const price = await cart(code);
    expect(price.errors.discountCode?.code).toBe(reason);
    expect(price.discountAmount).toBe(0);
    expect(price.ok).toBe(false);
  });

  it("does not let a quote tell whether an email has used a per-customer code", async () => {
    // Per-email uses are checked only when the order is placed (discount-usage.ts).
    const used = await cart("ONCE", { email: "USED@example.com" });
    const fresh = await cart("ONCE", { email: "fresh@example.com" });
    expect(used.discountAmount).toBe(250);
    expect(used).toEqual(fresh);
  });
});
