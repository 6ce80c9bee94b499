// Signing in with a guest cart: mergeGuestCartOnSignIn merges it into the account cart (lib/cart's
// mergeGuestCart), and ignores a missing or forged cookie.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";

process.env.AUTH_SECRET = "test-secret-0123456789-0123456789-abcdef";
const { mergeGuestCartOnSignIn: onSignIn } = await import("@/lib/cart");
const { makeUser } = await import("@/lib/auth/testing");
const { addLine, getAccountCartId, getCart, signCartId } = await import("@/lib/cart");
const { createStockedProduct } = await import("@/lib/cart/testing");

beforeAll(async () => {
  await db();
}, 180_000); // opening and migrating the embedded database is slow on a busy machine

describe("onSignIn", () => {
  it("moves the guest cart named by a genuine cookie into the account cart", async () => {
    const user = await makeUser();
    const [variant] = await createStockedProduct([{ priceAmount: 1500, onHand: 10 }]);
    const guest = await addLine({ cartId: null }, { variantId: variant!.id, quantity: 2 });
    const merged = await onSignIn(user.id, signCartId(guest.cartId));
    expect(merged).not.toBeNull();
    expect(await getAccountCartId(user.id)).toBe(merged!.cartId);
    expect((await getCart(merged!.cartId))?.itemCount).toBe(2);
    expect(await getCart(guest.cartId)).toBeNull();
  });

  it("does nothing without a cookie or with a forged one", async () => {
    const user = await makeUser();
    const [variant] = await createStockedProduct([{ priceAmount: 900, onHand: 5 }]);
    const guest = await addLine({ cartId: null }, { variantId: variant!.id, quantity: 1 });
    expect(await onSignIn(user.id, undefined)).toBeNull();
    expect(
      await onSignIn(user.id, `${guest.cartId}.forged-signature-forged-signature-forged-sig`),
    ).toBeNull();
    expect(await getAccountCartId(user.id)).toBeNull();
    expect((await getCart(guest.cartId))?.itemCount).toBe(1);
  });
});
