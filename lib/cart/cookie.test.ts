// The signed cart cookie: genuine values verify, anything tampered with reads as no cart, and
// the shop then starts a new cart rather than touching the one the forged id names.
import { beforeAll, describe, expect, it } from "vitest";
import { addLine, getCart, signCartId, verifyCartCookie } from "./index";
import { createStockedProduct, type StockedVariant } from "./testing";

let variant: StockedVariant;

// In a hook: the first database use migrates this file's fresh database, which takes a while.
beforeAll(async () => {
  [variant] = (await createStockedProduct([{ priceAmount: 500, onHand: 20 }])) as [StockedVariant];
});

describe("cart cookie", () => {
  it("round-trips a cart id", () => {
    const value = signCartId("cm1abcdefghijklmnop");
    expect(value).toMatch(/^cm1abcdefghijklmnop\.[A-Za-z0-9_-]{43}$/);
    expect(verifyCartCookie(value)).toBe("cm1abcdefghijklmnop");
  });

  it("rejects tampered, unsigned and malformed values", () => {
    const value = signCartId("cm1abcdefghijklmnop");
    const [id, sig] = value.split(".") as [string, string];
    const flipped = sig.slice(0, -1) + (sig.endsWith("A") ? "B" : "A");
    for (const bad of [
      `${id}.${flipped}`,
      `cm1abcdefghijklmnoq.${sig}`,
      id,
      `${id}.`,
      `.${sig}`,
      `${id}.${sig}.${sig}`,
      `${id}.${sig}x`,
      "",
      undefined,
      null,
      "x".repeat(500),
    ]) {
      expect(verifyCartCookie(bad)).toBeNull();
    }
  });

  it("a forged cookie naming someone's cart gets a new cart, and theirs is untouched", async () => {
    const victim = await addLine({ cartId: null }, { variantId: variant.id, quantity: 2 });
    const forged = `${victim.cartId}.${"A".repeat(43)}`;
    // What the cart actions do: the verified id (null here) decides which cart to change.
    const cartId = verifyCartCookie(forged);
    expect(cartId).toBeNull();
    const mine = await addLine({ cartId }, { variantId: variant.id, quantity: 1 });
    expect(mine.created).toBe(true);
    expect(mine.cartId).not.toBe(victim.cartId);
    expect((await getCart(victim.cartId))?.lines.map((l) => l.quantity)).toEqual([2]);
    expect(verifyCartCookie(signCartId(mine.cartId))).toBe(mine.cartId);
  });
});
