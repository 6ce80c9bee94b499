// Discount codes do not tell one shopper about another: a quote answers the same for an email
// that used a once-per-customer code and one that did not, every refusal that depends on who
// asks says only "This code cannot be applied", a signed-in customer's limit holds by user id
// whatever email they type, and quotes are rate-limited per client.
import { beforeAll, describe, expect, it } from "vitest";
import { makeUser } from "@/lib/auth/testing";
import { db } from "@/lib/db";
import { CheckoutError, limitQuote, placeOrder, priceCart } from "./index";
import { QUOTE_LIMIT } from "./limits";
import {
  californiaAddress,
  createCart,
  createProduct,
  createStoreSettings,
  type FixtureVariant,
} from "./testing";

let shirt: FixtureVariant;
let store: Awaited<ReturnType<typeof createStoreSettings>>;
const CANNOT = "This code cannot be applied.";

beforeAll(async () => {
  [shirt] = (await createProduct([{ priceAmount: 2000, onHand: 50 }])).variants as [FixtureVariant];
  store = await createStoreSettings();
  await (
    await db()
  ).discountCode.create({
    data: { code: "WELCOME", type: "PERCENT", value: 1000, usageLimitPerCustomer: 1 },
  });
});

async function placeAndPay(email: string, userId?: string) {
  const cart = await createCart([{ variantId: shirt.id, quantity: 1 }]);
  const placed = await placeOrder({
    cartId: cart.cartId,
    cartVersion: cart.version,
    email,
    userId,
    shippingAddress: californiaAddress,
    shippingMethodId: store.standard,
    discountCode: "WELCOME",
  });
  // Paid: the email has no unpaid order left to trip checkout's cap on unpaid orders.
  await (await db()).order.update({ where: { id: placed.orderId }, data: { status: "PAID" } });
  return placed;
}

const quote = (extra: { email?: string; userId?: string }) =>
  priceCart({ lines: [{ variantId: shirt.id, quantity: 1 }], discountCode: "WELCOME", ...extra });

describe("per-customer discount codes", () => {
  it("a quote is the same for an email that used the code and one that did not", async () => {
    await placeAndPay("used@example.com");
    const used = await quote({ email: "used@example.com" });
    const unused = await quote({ email: "unused@example.com" });
    expect(used).toEqual(unused);
    expect(used.errors.discountCode).toBeUndefined();
  });

  it("placing a guest order with the used email says only that the code cannot be applied", async () => {
    const cart = await createCart([{ variantId: shirt.id, quantity: 1 }]);
    const error = await placeOrder({
      cartId: cart.cartId,
      cartVersion: cart.version,
      email: "USED@example.com",
      shippingAddress: californiaAddress,
      shippingMethodId: store.standard,
      discountCode: "WELCOME",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CheckoutError);
    expect(error).toMatchObject({ code: "discount_unavailable", message: CANNOT });
    expect((error as CheckoutError).fieldErrors).toEqual({ discountCode: CANNOT });
  });

  it("holds once per signed-in customer by user id, whatever email they type", async () => {
    const user = await makeUser({ password: null });
    await placeAndPay("first-address@example.com", user.id);
    const refused = await quote({ email: "second-address@example.com", userId: user.id });
    expect(refused.errors.discountCode).toEqual({ code: "customer_limit", message: CANNOT });
    const cart = await createCart([{ variantId: shirt.id, quantity: 1 }]);
    await expect(
      placeOrder({
        cartId: cart.cartId,
        cartVersion: cart.version,
        email: "third-address@example.com",
        userId: user.id,
        shippingAddress: californiaAddress,
        shippingMethodId: store.standard,
        discountCode: "WELCOME",
      }),
    ).rejects.toMatchObject({ code: "discount_unavailable", message: CANNOT });
  });
});

describe("quote rate limit", () => {
  it("answers a client past the limit with a clear error, and not another client", async () => {
    const ip = "192.0.2.77";
    for (let i = 0; i < QUOTE_LIMIT.limit; i++) await limitQuote(ip);
    const error = await limitQuote(ip).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CheckoutError);
    expect(error).toMatchObject({ code: "rate_limited", status: 429 });
    expect((error as Error).message).toMatch(/^Too many price checks\. Please wait a minute/);
    await expect(limitQuote("192.0.2.78")).resolves.toBeUndefined();
  });
});
