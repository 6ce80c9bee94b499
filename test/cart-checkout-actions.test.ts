// The storefront's cart and checkout server actions, called as the pages call them: the cart is
// the one the signed cookie or the session names; bad input changes nothing; a tampered cookie
// gets a new cart; a posted price or total is ignored; a declined card leaves the cart and the
// stock as they were.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  }),
  headers: async () => new Headers({ host: "shop.test" }),
}));
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  revalidatePath: () => {},
}));

const { addToCart, removeCartLine, updateCartLine } = await import("@/app/(shop)/cart/actions");
const { placeOrderAndPay } = await import("@/app/(shop)/checkout/actions");
const { payWithTestCard } = await import("@/app/(shop)/checkout/pay/[sessionId]/actions");
const { GET: cartRoute } = await import("@/app/api/cart/route");
const { asUser, makeUser } = await import("@/lib/auth/testing");
const { CART_COOKIE, getCart, verifyCartCookie } = await import("@/lib/cart");
const { createStockedProduct } = await import("@/lib/cart/testing");
const { db } = await import("@/lib/db");
const { shippingMethods, taxRates, discountCodes } = await import("@/prisma/seed/store");

type Variant = { id: string; priceAmount: number };
let shirt: Variant;
let mug: Variant;
let expressId: string;
const guest = <T>(work: () => Promise<T>) => asUser(null, work);
const cartIdFromCookie = () => verifyCartCookie(jar.get(CART_COOKIE));
const stock = async (variantId: string) =>
  (await (await db()).inventoryLevel.findUniqueOrThrow({ where: { variantId } })).reserved;
const address = {
  name: "Ada Shopper",
  line1: "1 Main St",
  city: "Portland",
  region: "OR",
  postalCode: "97201",
  country: "US",
};

beforeAll(async () => {
  const prisma = await db();
  await prisma.shippingMethod.createMany({ data: shippingMethods() });
  await prisma.taxRate.createMany({ data: taxRates() });
  await prisma.discountCode.createMany({ data: discountCodes() });
  expressId = (await prisma.shippingMethod.findUniqueOrThrow({ where: { code: "express" } })).id;
  const [a, b] = await createStockedProduct([
    { priceAmount: 2500, onHand: 30 },
    { priceAmount: 1200, onHand: 30 },
  ]);
  if (!a || !b) throw new Error("fixture variants missing");
  [shirt, mug] = [a, b];
});

beforeEach(() => jar.clear());

describe("cart actions", () => {
  it("refuse bad quantities beside the field and create nothing", async () => {
    const carts = await (await db()).cart.count();
    for (const quantity of [0, 100, 2.5, "two", ""]) {
      const result = await guest(() => addToCart({ variantId: shirt.id, quantity }));
      expect(result).toMatchObject({ ok: false });
      expect(result.ok ? null : result.fieldErrors.quantity).toMatch(/Quantity|quantity/);
    }
    expect(jar.has(CART_COOKIE)).toBe(false);
    expect(await (await db()).cart.count()).toBe(carts);
  });

  it("keep a guest's cart in a signed cookie, and a tampered cookie gets a new cart", async () => {
    const form = new FormData();
    form.set("variantId", shirt.id);
    form.set("quantity", "2");
    expect(await guest(() => addToCart(form))).toMatchObject({ ok: true, cart: { itemCount: 2 } });
    const mine = cartIdFromCookie();
    expect(mine).not.toBeNull();
    expect(await guest(() => updateCartLine({ variantId: shirt.id, quantity: 100 }))).toMatchObject(
      { ok: false, fieldErrors: { quantity: "Quantity can be at most 99" } },
    );
    expect(await guest(() => updateCartLine({ variantId: shirt.id, quantity: 3 }))).toMatchObject({
      ok: true,
      cart: { itemCount: 3 },
    });

    jar.set(CART_COOKIE, `${mine}.${"A".repeat(43)}`);
    const result = await guest(() => addToCart({ variantId: mug.id, quantity: 1 }));
    expect(result).toMatchObject({ ok: true, cart: { itemCount: 1 } });
    expect(cartIdFromCookie()).not.toBe(mine);
    expect((await getCart(mine))?.itemCount).toBe(3);
    expect(await guest(() => removeCartLine({ variantId: mug.id }))).toMatchObject({
      ok: true,
      cart: { itemCount: 0 },
    });
  });

  it("GET /api/cart shows the cookie's cart, and nothing for a forged cookie", async () => {
    await guest(() => addToCart({ variantId: shirt.id, quantity: 1 }));
    const read = async () => {
      const response = await guest(() => cartRoute(new Request("http://shop.test/api/cart"), {}));
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      return (
        (await response.json()) as {
          cart: { itemCount: number; lines: { unitPrice: { amount: number } }[] } | null;
        }
      ).cart;
    };
    expect(await read()).toMatchObject({ itemCount: 1, lines: [{ unitPrice: { amount: 2500 } }] });
    jar.set(CART_COOKIE, `${cartIdFromCookie()}.${"B".repeat(43)}`);
    expect(await read()).toBeNull();
  });

  it("need a cart to change one", async () => {
    expect(await guest(() => updateCartLine({ variantId: shirt.id, quantity: 1 }))).toMatchObject({
      ok: false,
      error: "Your cart is empty or has expired.",
    });
  });

  it("use the account cart when signed in, folding in a guest cart left in the cookie", async () => {
    await guest(() => addToCart({ variantId: mug.id, quantity: 2 }));
    const user = await makeUser();
    const result = await asUser(user.id, () => addToCart({ variantId: shirt.id, quantity: 1 }));
    expect(result).toMatchObject({ ok: true, cart: { itemCount: 3 } });
    expect(jar.has(CART_COOKIE)).toBe(false);
    const cart = await (await db()).cart.findFirstOrThrow({ where: { userId: user.id } });
    expect(result.ok && result.cart?.id).toBe(cart.id);
  });
});

describe("checkout actions", () => {
  it("report every missing field beside it, and ignore posted prices", async () => {
    await guest(() => addToCart({ variantId: shirt.id, quantity: 2 }));
    const empty = await guest(() =>
      placeOrderAndPay({ email: "nope", shippingAddress: { country: "US" } }),
    );
    expect(empty.ok ? {} : empty.fieldErrors).toMatchObject({
      email: expect.any(String),
      shippingMethodId: expect.any(String),
      "shippingAddress.name": expect.any(String),
      "shippingAddress.city": expect.any(String),
    });
    expect(await (await db()).order.count()).toBe(0);

    const paid = await guest(() =>
      placeOrderAndPay({
        email: "ada@example.com",
        shippingAddress: address,
        shippingMethodId: expressId,
        discountCode: "WELCOME10",
        totalAmount: 1,
        subtotalAmount: 1,
        lines: [{ variantId: shirt.id, quantity: 2, unitPriceAmount: 1 }],
      }),
    );
    expect(paid).toMatchObject({
      ok: true,
      redirectUrl: expect.stringMatching(/^\/checkout\/pay\/tps_[a-f0-9]{24}$/),
    });
    const order = await (await db()).order.findFirstOrThrow({ include: { lines: true } });
    // 2 × $25.00 − 10 % + $14.99 Express; no tax for Oregon.
    expect(order.lines[0]?.unitPriceAmount).toBe(2500);
    expect(order.totalAmount).toBe(5000 - 500 + 1499);
  });

  it("a declined card leaves the cart and the stock as they were; the test card then pays", async () => {
    await guest(() => addToCart({ variantId: mug.id, quantity: 3 }));
    const cartId = cartIdFromCookie();
    const input = {
      email: "decline@example.com",
      shippingAddress: address,
      shippingMethodId: expressId,
    };
    const first = await guest(() => placeOrderAndPay(input));
    if (!first.ok) throw new Error(first.error);
    const sessionId = first.redirectUrl.split("/").at(-1)!;
    expect(await stock(mug.id)).toBe(3);

    expect(await payWithTestCard({ sessionId, cardNumber: "1234" })).toMatchObject({
      ok: false,
      fieldErrors: { cardNumber: expect.any(String) },
    });
    expect(await payWithTestCard({ sessionId, cardNumber: "4000 0000 0000 0002" })).toMatchObject({
      ok: false,
      outcome: "declined",
    });
    expect(await stock(mug.id)).toBe(0);
    expect((await getCart(cartId))?.lines.map((l) => [l.variantId, l.quantity])).toEqual([
      [mug.id, 3],
    ]);
    expect(jar.has(CART_COOKIE)).toBe(true);

    // Back to checkout: the same cart version finds the same order, holds the stock again, and a new session pays.
    const retry = await guest(() => placeOrderAndPay(input));
    if (!retry.ok) throw new Error(retry.error);
    const second = retry.redirectUrl.split("/").at(-1)!;
    expect(second).not.toBe(sessionId);
    expect(await stock(mug.id)).toBe(3);
    const done = await payWithTestCard({ sessionId: second, cardNumber: "4242 4242 4242 4242" });
    expect(done).toMatchObject({
      ok: true,
      redirectUrl: expect.stringMatching(/^\/order\/\d+\/confirmation\?token=/),
    });
    expect(jar.has(CART_COOKIE)).toBe(false);
    expect(await (await db()).order.count({ where: { email: "decline@example.com" } })).toBe(1);
  }, 90_000);
});
