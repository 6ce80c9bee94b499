// Unpaid orders cannot be piled up to hold stock or discount uses: a cart's new version replaces
// its earlier unpaid order, an email and a client have caps on unpaid orders of other carts, and
// placing orders is rate-limited per client.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { CheckoutError, placeOrder } from "./index";
import { PLACEMENT_LIMIT } from "./limits";
import { UNPAID_ORDER_CAPS } from "./unpaid-orders";
import {
  californiaAddress,
  createCart,
  createProduct,
  createStoreSettings,
  ledgerTotals,
  stockOf,
  type FixtureVariant,
} from "./testing";

let shirt: FixtureVariant;
let store: Awaited<ReturnType<typeof createStoreSettings>>;
let ipCounter = 0;
/** A fresh client address per test, so the in-memory limiter's counters never carry over. */
const freshIp = () => `198.51.100.${++ipCounter}`;

beforeAll(async () => {
  [shirt] = (await createProduct([{ priceAmount: 2500, onHand: 100 }])).variants as [
    FixtureVariant,
  ];
  store = await createStoreSettings();
  await (
    await db()
  ).discountCode.create({ data: { code: "HOLDME", type: "FIXED", value: 100, usageLimit: 50 } });
});

const place = (
  cart: { cartId: string; version: number },
  email: string,
  clientIp?: string,
  extra: Record<string, unknown> = {},
) =>
  placeOrder(
    {
      cartId: cart.cartId,
      cartVersion: cart.version,
      email,
      shippingAddress: californiaAddress,
      shippingMethodId: store.standard,
      ...extra,
    },
    { clientIp },
  );

/** What the cart's edit does to checkout: a new version of the same cart. */
async function bumpVersion(cart: { cartId: string; version: number }) {
  const row = await (
    await db()
  ).cart.update({ where: { id: cart.cartId }, data: { version: { increment: 1 } } });
  return { cartId: cart.cartId, version: row.version };
}

async function held() {
  const prisma = await db();
  const code = await prisma.discountCode.findUniqueOrThrow({ where: { code: "HOLDME" } });
  const usages = await prisma.discountUsage.count({ where: { discountId: code.id } });
  return { reserved: (await stockOf(shirt.id)).reserved, usedCount: code.usedCount, usages };
}

describe("unpaid orders", () => {
  it("a cart looping new versions holds only its own quantities and one discount use", async () => {
    const before = await held();
    let cart = await createCart([{ variantId: shirt.id, quantity: 3 }]);
    const ip = freshIp();
    const orders: string[] = [];
    for (let i = 0; i < 6; i++) {
      const placed = await place(cart, "looper@example.com", ip, { discountCode: "HOLDME" });
      orders.push(placed.orderId);
      expect(await held()).toEqual({
        reserved: before.reserved + 3,
        usedCount: before.usedCount + 1,
        usages: before.usages + 1,
      });
      cart = await bumpVersion(cart);
    }
    const prisma = await db();
    const statuses = await prisma.order.findMany({
      where: { cartId: cart.cartId },
      select: { id: true, status: true },
    });
    expect(statuses.filter((o) => o.status === "PENDING_PAYMENT").map((o) => o.id)).toEqual([
      orders.at(-1),
    ]);
    expect(statuses.filter((o) => o.status === "CANCELLED")).toHaveLength(5);
    expect(await ledgerTotals(shirt.id)).toEqual(await stockOf(shirt.id));
  });

  it("several carts from one email hold only one cart's quantities", async () => {
    const before = await held();
    const email = "many-carts@example.com";
    await place(await createCart([{ variantId: shirt.id, quantity: 2 }]), email, freshIp(), {
      discountCode: "HOLDME",
    });
    for (let i = 0; i < 4; i++) {
      const error = await place(
        await createCart([{ variantId: shirt.id, quantity: 2 }]),
        email.toUpperCase(),
        freshIp(),
        { discountCode: "HOLDME" },
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CheckoutError);
      expect(error).toMatchObject({ code: "too_many_unpaid", status: 409 });
      expect((error as Error).message).toMatch(/already waiting for payment/);
    }
    expect(await held()).toEqual({
      reserved: before.reserved + 2,
      usedCount: before.usedCount + 1,
      usages: before.usages + 1,
    });
  });

  it("concurrent checkouts of several carts with one email: exactly one is placed", async () => {
    const before = await held();
    const carts = await Promise.all(
      Array.from({ length: 6 }, () => createCart([{ variantId: shirt.id, quantity: 1 }])),
    );
    const results = await Promise.allSettled(
      carts.map((cart) => place(cart, "racer@example.com", freshIp())),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results)
      if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "too_many_unpaid" });
    expect((await held()).reserved).toBe(before.reserved + 1);
  });

  it("caps one client's unpaid orders across carts and emails", async () => {
    const ip = freshIp();
    for (let i = 0; i < UNPAID_ORDER_CAPS.perClient; i++)
      await place(
        await createCart([{ variantId: shirt.id, quantity: 1 }]),
        `c${i}@example.com`,
        ip,
      );
    await expect(
      place(await createCart([{ variantId: shirt.id, quantity: 1 }]), "c-next@example.com", ip),
    ).rejects.toMatchObject({ code: "too_many_unpaid", message: /from your connection/ });
    // Another client is not affected.
    await expect(
      place(
        await createCart([{ variantId: shirt.id, quantity: 1 }]),
        "c-other@example.com",
        freshIp(),
      ),
    ).resolves.toMatchObject({ created: true });
  });

  it("rate-limits order placement per client with a clear error", async () => {
    const ip = freshIp();
    const cart = await createCart([{ variantId: shirt.id, quantity: 1 }]);
    // Resubmitting the same cart version is cheap, but still counts as a placement.
    for (let i = 0; i < PLACEMENT_LIMIT.limit; i++) await place(cart, "limited@example.com", ip);
    const error = await place(cart, "limited@example.com", ip).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CheckoutError);
    expect(error).toMatchObject({ code: "rate_limited", status: 429 });
    expect((error as Error).message).toMatch(/Too many checkout attempts\. Please wait/);
  });
});
