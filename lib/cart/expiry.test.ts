// Carts expire after CART_TTL_MS without a change; each change slides the expiry forward.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  addLine,
  CART_TTL_MS,
  CartError,
  getCart,
  getCartItemCount,
  purgeExpiredCarts,
  startCartCleanup,
  updateLine,
} from "./index";
import { createStockedProduct, type StockedVariant } from "./testing";

let variant: StockedVariant;
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  [variant] = (await createStockedProduct([{ priceAmount: 1200, onHand: 100 }])) as [
    StockedVariant,
  ];
});

describe("cart expiry", () => {
  it("slides the expiry forward on each change", async () => {
    const start = new Date();
    const { cartId } = await addLine(
      { cartId: null },
      { variantId: variant.id, quantity: 1 },
      start,
    );
    const prisma = await db();
    const first = await prisma.cart.findUniqueOrThrow({
      where: { id: cartId },
      select: { expiresAt: true },
    });
    expect(first.expiresAt.getTime()).toBe(start.getTime() + CART_TTL_MS);
    const later = new Date(start.getTime() + 10 * DAY);
    await updateLine(cartId, { variantId: variant.id, quantity: 2 }, later);
    const second = await prisma.cart.findUniqueOrThrow({
      where: { id: cartId },
      select: { expiresAt: true },
    });
    expect(second.expiresAt.getTime()).toBe(later.getTime() + CART_TTL_MS);
  });

  it("an expired cart reads as none, refuses changes and is purged with its lines", async () => {
    const longAgo = new Date(Date.now() - CART_TTL_MS - DAY);
    const { cartId } = await addLine(
      { cartId: null },
      { variantId: variant.id, quantity: 2 },
      longAgo,
    );
    const live = await addLine({ cartId: null }, { variantId: variant.id, quantity: 1 });
    expect(await getCart(cartId)).toBeNull();
    expect(await getCartItemCount(cartId)).toBe(0);
    const error = await addLine({ cartId }, { variantId: variant.id }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CartError);
    expect((error as CartError).code).toBe("cart_not_found");

    expect(await purgeExpiredCarts()).toBeGreaterThanOrEqual(1);
    const prisma = await db();
    expect(await prisma.cart.findUnique({ where: { id: cartId } })).toBeNull();
    expect(await prisma.cartLine.count({ where: { cartId } })).toBe(0);
    expect(await getCart(live.cartId)).not.toBeNull();
    expect(await purgeExpiredCarts()).toBe(0);
  });

  it("the periodic cleanup purges carts that expire while it runs", async () => {
    const soon = new Date(Date.now() - CART_TTL_MS + 300);
    const { cartId } = await addLine(
      { cartId: null },
      { variantId: variant.id, quantity: 1 },
      soon,
    );
    const cleanup = startCartCleanup({ intervalMs: 100 });
    try {
      const prisma = await db();
      await expect
        .poll(() => prisma.cart.count({ where: { id: cartId } }), { timeout: 5_000 })
        .toBe(0);
    } finally {
      await cleanup.stop();
    }
  });
});
