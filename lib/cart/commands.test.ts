// Cart commands against a real database: validation changes nothing, versions bump on every
// change, stock and sellability are enforced.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addLine, CartError, getCart, removeLine, setDiscountCode, updateLine } from "./index";
import { createStockedProduct, snapshotCart, type StockedVariant } from "./testing";

let shirt: StockedVariant;
let other: StockedVariant;
let scarce: StockedVariant;
let draftVariant: StockedVariant;
let archivedProductVariant: StockedVariant;
let untracked: StockedVariant;

beforeAll(async () => {
  [shirt, other, scarce, draftVariant] = (await createStockedProduct([
    { priceAmount: 2500, onHand: 200 },
    { priceAmount: 1999, onHand: 50 },
    { priceAmount: 999, onHand: 5, reserved: 2 },
    { priceAmount: 999, onHand: 10, status: "DRAFT" },
  ])) as [StockedVariant, StockedVariant, StockedVariant, StockedVariant];
  [archivedProductVariant] = (await createStockedProduct(
    [{ priceAmount: 100, onHand: 10 }],
    "ARCHIVED",
  )) as [StockedVariant];
  [untracked] = (await createStockedProduct([{ priceAmount: 100, onHand: null }])) as [
    StockedVariant,
  ];
});

async function expectCartError(
  promise: Promise<unknown>,
  code: string,
  field?: string,
): Promise<CartError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CartError);
  const cartError = error as CartError;
  expect(cartError.code).toBe(code);
  if (field) expect(Object.keys(cartError.fieldErrors)).toContain(field);
  return cartError;
}

describe("addLine", () => {
  it("creates a cart on first add and merges repeated adds of one variant into one line", async () => {
    const first = await addLine({ cartId: null }, { variantId: shirt.id, quantity: 2 });
    expect(first.created).toBe(true);
    expect(first.version).toBe(1);
    const second = await addLine({ cartId: first.cartId }, { variantId: shirt.id, quantity: "3" });
    expect(second).toEqual({ cartId: first.cartId, version: 2, created: false });
    const cart = await getCart(first.cartId);
    expect(cart?.lines.map((l) => [l.variantId, l.quantity])).toEqual([[shirt.id, 5]]);
    expect(cart?.subtotal.amount).toBe(5 * 2500);
  });

  it.each([
    ["zero", 0],
    ["negative", -1],
    ["fractional", 1.5],
    ["over 99", 100],
    ["text", "two"],
    ["empty", ""],
    ["null", null],
  ])("rejects a %s quantity and changes nothing", async (_label, quantity) => {
    const { cartId } = await addLine({ cartId: null }, { variantId: shirt.id, quantity: 1 });
    const before = await snapshotCart(cartId);
    await expectCartError(
      addLine({ cartId }, { variantId: shirt.id, quantity: quantity as number }),
      "invalid_input",
      "quantity",
    );
    await expectCartError(
      updateLine(cartId, { variantId: shirt.id, quantity: quantity as number }),
      "invalid_input",
      "quantity",
    );
    expect(await snapshotCart(cartId)).toEqual(before);
  });

  it("creates no cart when the first add is invalid", async () => {
    const prisma = await db();
    const carts = await prisma.cart.count();
    await expectCartError(
      addLine({ cartId: null }, { variantId: shirt.id, quantity: 0 }),
      "invalid_input",
    );
    await expectCartError(
      addLine({ cartId: null }, { variantId: draftVariant.id, quantity: 1 }),
      "variant_unavailable",
    );
    await expectCartError(
      addLine({ cartId: null }, { variantId: "no-such-variant", quantity: 1 }),
      "variant_unavailable",
    );
    await expectCartError(
      addLine({ cartId: null }, { variantId: "bad id!", quantity: 1 }),
      "invalid_input",
      "variantId",
    );
    expect(await prisma.cart.count()).toBe(carts);
  });

  it("refuses variants that are not ACTIVE or whose product is not ACTIVE", async () => {
    const { cartId } = await addLine({ cartId: null }, { variantId: shirt.id, quantity: 1 });
    const before = await snapshotCart(cartId);
    await expectCartError(
      addLine({ cartId }, { variantId: draftVariant.id }),
      "variant_unavailable",
    );
    await expectCartError(
      addLine({ cartId }, { variantId: archivedProductVariant.id }),
      "variant_unavailable",
    );
    expect(await snapshotCart(cartId)).toEqual(before);
  });

  it("refuses more than the free stock (on hand − reserved) and more than 99 in one line", async () => {
    const { cartId } = await addLine({ cartId: null }, { variantId: scarce.id, quantity: 3 });
    const error = await expectCartError(
      addLine({ cartId }, { variantId: scarce.id, quantity: 1 }),
      "out_of_stock",
      "quantity",
    );
    expect(error.message).toBe("Only 3 left in stock");
    await expectCartError(addLine({ cartId }, { variantId: untracked.id }), "out_of_stock");
    await addLine({ cartId }, { variantId: shirt.id, quantity: 99 });
    await expectCartError(
      addLine({ cartId }, { variantId: shirt.id, quantity: 1 }),
      "quantity_limit",
      "quantity",
    );
  });
});

describe("updateLine, removeLine, setDiscountCode", () => {
  it("bump the version on every change", async () => {
    const { cartId, version } = await addLine(
      { cartId: null },
      { variantId: shirt.id, quantity: 1 },
    );
    expect((await addLine({ cartId }, { variantId: other.id, quantity: 1 })).version).toBe(
      version + 1,
    );
    expect((await updateLine(cartId, { variantId: shirt.id, quantity: 4 })).version).toBe(
      version + 2,
    );
    expect((await setDiscountCode(cartId, " welcome10 ")).version).toBe(version + 3);
    expect((await removeLine(cartId, { variantId: other.id })).version).toBe(version + 4);
    const cart = await getCart(cartId);
    expect(cart?.version).toBe(version + 4);
    expect(cart?.discountCode).toBe("WELCOME10");
    expect(cart?.lines.map((l) => [l.variantId, l.quantity])).toEqual([[shirt.id, 4]]);
  });

  it("lowers a quantity even when stock fell below it, but raises only into free stock", async () => {
    const { cartId } = await addLine({ cartId: null }, { variantId: scarce.id, quantity: 3 });
    const prisma = await db();
    await prisma.inventoryLevel.update({ where: { variantId: scarce.id }, data: { reserved: 4 } });
    try {
      expect((await getCart(cartId))?.lines[0]?.status).toBe("insufficient_stock");
      expect((await getCart(cartId))?.canCheckout).toBe(false);
      await updateLine(cartId, { variantId: scarce.id, quantity: 2 });
      await expectCartError(
        updateLine(cartId, { variantId: scarce.id, quantity: 3 }),
        "out_of_stock",
      );
      expect((await getCart(cartId))?.lines[0]?.quantity).toBe(2);
    } finally {
      await prisma.inventoryLevel.update({
        where: { variantId: scarce.id },
        data: { reserved: 2 },
      });
    }
  });

  it("says so when the line is gone, and a bad discount code changes nothing", async () => {
    const { cartId } = await addLine({ cartId: null }, { variantId: shirt.id, quantity: 1 });
    const before = await snapshotCart(cartId);
    await expectCartError(
      updateLine(cartId, { variantId: other.id, quantity: 2 }),
      "line_not_found",
    );
    await expectCartError(setDiscountCode(cartId, "no spaces allowed"), "invalid_input");
    expect(await snapshotCart(cartId)).toEqual(before);
  });

  it("shows today's catalog price, not the price when the line was added", async () => {
    const { cartId } = await addLine({ cartId: null }, { variantId: other.id, quantity: 2 });
    const prisma = await db();
    await prisma.variant.update({ where: { id: other.id }, data: { priceAmount: 2222 } });
    const cart = await getCart(cartId);
    expect(cart?.lines[0]?.unitPrice.amount).toBe(2222);
    expect(cart?.subtotal.amount).toBe(4444);
  });

  it("serialises concurrent adds to one cart: every add counts, versions are unique", async () => {
    const { cartId, version } = await addLine(
      { cartId: null },
      { variantId: shirt.id, quantity: 1 },
    );
    const results = await Promise.all(
      Array.from({ length: 8 }, () => addLine({ cartId }, { variantId: shirt.id, quantity: 1 })),
    );
    expect(new Set(results.map((r) => r.version)).size).toBe(8);
    expect(Math.max(...results.map((r) => r.version))).toBe(version + 8);
    expect((await getCart(cartId))?.lines[0]?.quantity).toBe(9);
  });
});
