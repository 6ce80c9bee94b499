// Signing in with a guest cart: quantities add up, capped by free stock and the line limit.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addLine, getAccountCartId, getCart, mergeGuestCart, setDiscountCode } from "./index";
import { createStockedProduct, createUser, type StockedVariant } from "./testing";

let plenty: StockedVariant;
let scarce: StockedVariant;
let retired: StockedVariant;

beforeAll(async () => {
  [plenty, scarce, retired] = (await createStockedProduct([
    { priceAmount: 1000, onHand: 500 },
    { priceAmount: 2000, onHand: 6, reserved: 1 },
    { priceAmount: 3000, onHand: 10 },
  ])) as [StockedVariant, StockedVariant, StockedVariant];
});

const quantities = async (cartId: string) =>
  Object.fromEntries((await getCart(cartId))?.lines.map((l) => [l.variantId, l.quantity]) ?? []);

describe("mergeGuestCart", () => {
  it("adds guest quantities to the account cart, capped by free stock, and deletes the guest cart", async () => {
    const userId = await createUser();
    const account = await addLine({ cartId: null, userId }, { variantId: scarce.id, quantity: 3 });
    await addLine({ cartId: account.cartId }, { variantId: plenty.id, quantity: 2 });
    const guest = await addLine({ cartId: null }, { variantId: scarce.id, quantity: 4 });
    await addLine({ cartId: guest.cartId }, { variantId: plenty.id, quantity: 5 });

    const result = await mergeGuestCart(guest.cartId, userId);
    expect(result?.cartId).toBe(account.cartId);
    expect(result?.adjusted).toBe(1);
    // scarce: 3 + 4 = 7 wanted, 5 free (6 on hand − 1 reserved).
    expect(await quantities(account.cartId)).toEqual({ [scarce.id]: 5, [plenty.id]: 7 });
    expect(result?.version).toBe(account.version + 2);
    expect(await getCart(guest.cartId)).toBeNull();
    expect(await getAccountCartId(userId)).toBe(account.cartId);
  });

  it("gives the user a cart when they had none, carrying the discount code over", async () => {
    const userId = await createUser();
    const guest = await addLine({ cartId: null }, { variantId: plenty.id, quantity: 2 });
    await setDiscountCode(guest.cartId, "WELCOME10");
    const result = await mergeGuestCart(guest.cartId, userId);
    expect(result).not.toBeNull();
    const cart = await getCart(result?.cartId);
    expect(cart?.discountCode).toBe("WELCOME10");
    expect(await quantities(result!.cartId)).toEqual({ [plenty.id]: 2 });
  });

  it("caps at 99 per line and drops variants no longer for sale", async () => {
    const userId = await createUser();
    const account = await addLine({ cartId: null, userId }, { variantId: plenty.id, quantity: 60 });
    const guest = await addLine({ cartId: null }, { variantId: plenty.id, quantity: 60 });
    await addLine({ cartId: guest.cartId }, { variantId: retired.id, quantity: 1 });
    const prisma = await db();
    await prisma.variant.update({ where: { id: retired.id }, data: { status: "ARCHIVED" } });
    const result = await mergeGuestCart(guest.cartId, userId);
    expect(result?.adjusted).toBe(2);
    expect(await quantities(account.cartId)).toEqual({ [plenty.id]: 99 });
  });

  it("merges once when called twice at the same time, and a second call is harmless", async () => {
    const userId = await createUser();
    const guest = await addLine({ cartId: null }, { variantId: plenty.id, quantity: 3 });
    const [a, b] = await Promise.all([
      mergeGuestCart(guest.cartId, userId),
      mergeGuestCart(guest.cartId, userId),
    ]);
    const cartId = a?.cartId ?? b?.cartId;
    expect(cartId).toBeDefined();
    expect(await quantities(cartId!)).toEqual({ [plenty.id]: 3 });
    expect(await (await db()).cart.count({ where: { userId } })).toBe(1);
    const again = await mergeGuestCart(guest.cartId, userId);
    expect(again?.cartId).toBe(cartId);
    expect(await quantities(cartId!)).toEqual({ [plenty.id]: 3 });
  });

  it("never takes another account's cart, and ignores unknown or malformed ids", async () => {
    const owner = await createUser();
    const thief = await createUser();
    const owned = await addLine(
      { cartId: null, userId: owner },
      { variantId: plenty.id, quantity: 1 },
    );
    expect(await mergeGuestCart(owned.cartId, thief)).toBeNull();
    expect(await quantities(owned.cartId)).toEqual({ [plenty.id]: 1 });
    expect(await mergeGuestCart("does-not-exist", thief)).toBeNull();
    expect(await mergeGuestCart("'; drop table", thief)).toBeNull();
  });
});
