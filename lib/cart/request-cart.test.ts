// Which cart a request owns, against a real database, with a fake session (lib/auth/testing)
// and a Map for the cookie jar: no Next.js involved.
import { beforeAll, describe, expect, it } from "vitest";
import { asUser, makeUser } from "@/lib/auth/testing";
import { env } from "@/lib/env";
import {
  addLine,
  CART_COOKIE,
  forgetGuestCart,
  getCart,
  readCartOwner,
  rememberGuestCart,
  resolveCartOwner,
  signCartId,
  verifyCartCookie,
} from "./index";
import type { CartCookieJar } from "./index";
import { createStockedProduct, type StockedVariant } from "./testing";

let variant: StockedVariant;

beforeAll(async () => {
  [variant] = (await createStockedProduct([{ priceAmount: 1200, onHand: 50 }])) as [StockedVariant];
});

function jar(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  const options = new Map<string, unknown>();
  const cookies: CartCookieJar = {
    get: (name) => (values.has(name) ? { value: values.get(name)! } : undefined),
    set: (name, value, opts) => {
      values.set(name, value);
      options.set(name, opts);
    },
    delete: (name) => values.delete(name),
  };
  return { cookies, values, options };
}

const guestCart = async () =>
  (await addLine({ cartId: null }, { variantId: variant.id, quantity: 1 })).cartId;

describe("readCartOwner", () => {
  it("gives a guest the cart their signed cookie names", async () => {
    const cartId = await guestCart();
    const { cookies } = jar({ [CART_COOKIE]: signCartId(cartId) });
    expect(await asUser(null, () => readCartOwner(cookies))).toEqual({ userId: null, cartId });
  });

  it("gives a forged, tampered or missing cookie no cart", async () => {
    const cartId = await guestCart();
    for (const value of [cartId, `${cartId}.forged`, `${signCartId(cartId)}x`]) {
      expect(
        await asUser(null, () => readCartOwner(jar({ [CART_COOKIE]: value }).cookies)),
      ).toEqual({ userId: null, cartId: null });
    }
    expect(await asUser(null, () => readCartOwner(jar().cookies))).toEqual({
      userId: null,
      cartId: null,
    });
  });

  it("gives a signed-in shopper their account cart, never the cookie's, and writes nothing", async () => {
    const user = await makeUser();
    const account = await addLine(
      { cartId: null, userId: user.id },
      { variantId: variant.id, quantity: 2 },
    );
    const guest = await guestCart();
    const { cookies, values } = jar({ [CART_COOKIE]: signCartId(guest) });
    expect(await asUser(user.id, () => readCartOwner(cookies))).toEqual({
      userId: user.id,
      cartId: account.cartId,
    });
    expect(values.get(CART_COOKIE)).toBe(signCartId(guest));
    expect(await getCart(guest)).not.toBeNull();
  });

  it("gives a signed-in shopper without a cart none", async () => {
    const user = await makeUser();
    expect(await asUser(user.id, () => readCartOwner(jar().cookies))).toEqual({
      userId: user.id,
      cartId: null,
    });
  });
});

describe("resolveCartOwner", () => {
  it("merges a guest cart left in a signed-in shopper's cookie into their cart and drops the cookie", async () => {
    const user = await makeUser();
    const account = await addLine(
      { cartId: null, userId: user.id },
      { variantId: variant.id, quantity: 2 },
    );
    const guest = await guestCart();
    const { cookies, values } = jar({ [CART_COOKIE]: signCartId(guest) });
    expect(await asUser(user.id, () => resolveCartOwner(cookies))).toEqual({
      userId: user.id,
      cartId: account.cartId,
    });
    expect(values.has(CART_COOKIE)).toBe(false);
    expect(await getCart(guest)).toBeNull();
    expect((await getCart(account.cartId))?.lines.map((l) => l.quantity)).toEqual([3]);
  });

  it("leaves a guest's cookie alone", async () => {
    const cartId = await guestCart();
    const { cookies, values } = jar({ [CART_COOKIE]: signCartId(cartId) });
    expect(await asUser(null, () => resolveCartOwner(cookies))).toEqual({ userId: null, cartId });
    expect(values.get(CART_COOKIE)).toBe(signCartId(cartId));
  });
});

describe("rememberGuestCart / forgetGuestCart", () => {
  it("sets a signed httpOnly cookie, secure when served over HTTPS, and deletes it", async () => {
    const cartId = await guestCart();
    const { cookies, values, options } = jar();
    await asUser(null, () => rememberGuestCart(cookies, cartId), { "x-forwarded-proto": "https" });
    expect(verifyCartCookie(values.get(CART_COOKIE))).toBe(cartId);
    const site = env().SITE_URL;
    expect(options.get(CART_COOKIE)).toMatchObject({
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: site ? site.startsWith("https://") : true,
    });
    forgetGuestCart(cookies);
    expect(values.has(CART_COOKIE)).toBe(false);
  });
});
