// Cart reads against a real (fresh, migrated) database: see test/setup-db.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { CART_COOKIE, getCartItemCount } from "./index";

const HOUR = 60 * 60 * 1000;
let liveCartId: string;
let expiredCartId: string;
let emptyCartId: string;

beforeAll(async () => {
  const prisma = await db();
  const product = await prisma.product.create({
    data: {
      slug: "count-tee",
      title: "Count Tee",
      status: "ACTIVE",
      variants: {
        create: [
          { sku: "CNT-S", title: "S", priceAmount: 1500 },
          { sku: "CNT-M", title: "M", priceAmount: 1500 },
        ],
      },
    },
    include: { variants: true },
  });
  const [small, medium] = product.variants.map((v) => v.id);
  if (!small || !medium) throw new Error("variants were not created");
  const lines = [
    { variantId: small, quantity: 2 },
    { variantId: medium, quantity: 3 },
  ];
  const future = new Date(Date.now() + HOUR);
  liveCartId = (await prisma.cart.create({ data: { expiresAt: future, lines: { create: lines } } }))
    .id;
  expiredCartId = (
    await prisma.cart.create({
      data: { expiresAt: new Date(Date.now() - HOUR), lines: { create: lines } },
    })
  ).id;
  emptyCartId = (await prisma.cart.create({ data: { expiresAt: future } })).id;
});

describe("getCartItemCount", () => {
  it("sums the quantities of a live cart's lines", async () => {
    expect(await getCartItemCount(liveCartId)).toBe(5);
  });

  it("is 0 for an expired cart", async () => {
    expect(await getCartItemCount(expiredCartId)).toBe(0);
  });

  it("is 0 for an empty cart", async () => {
    expect(await getCartItemCount(emptyCartId)).toBe(0);
  });

  it("is 0 without a cart id, for an unknown one, and for a malformed one", async () => {
    expect(await getCartItemCount(undefined)).toBe(0);
    expect(await getCartItemCount("")).toBe(0);
    expect(await getCartItemCount("c-does-not-exist")).toBe(0);
    expect(await getCartItemCount("x".repeat(500))).toBe(0);
    expect(await getCartItemCount("'; drop table cart; --")).toBe(0);
  });
});

describe("CART_COOKIE", () => {
  it("is the agreed cookie name", () => {
    expect(CART_COOKIE).toBe("cw_cart");
  });
});
