// The browser reads GET /api/cart with cartResponseSchema: it must accept the cart getCart
// builds, as it arrives after a JSON round trip, and keep every field.
import { describe, expect, it } from "vitest";
import { cartResponseSchema } from "./client";
import { addLine, getCart } from "./index";
import { createStockedProduct } from "./testing";

describe("cartResponseSchema", () => {
  it("reads the cart getCart builds, unchanged", async () => {
    const [cheap, dear] = await createStockedProduct([
      { priceAmount: 1500, onHand: 10 },
      { priceAmount: 4200, onHand: 1 },
    ]);
    if (!cheap || !dear) throw new Error("variants were not created");
    const { cartId } = await addLine({ cartId: null }, { variantId: cheap.id, quantity: 2 });
    await addLine({ cartId }, { variantId: dear.id, quantity: 1 });
    const body: unknown = JSON.parse(JSON.stringify({ cart: await getCart(cartId) }));
    const parsed = cartResponseSchema.parse(body);
    expect(parsed).toEqual(body);
    expect(parsed.cart?.lines).toHaveLength(2);
  });

  it("reads a shopper without a cart", () => {
    expect(cartResponseSchema.parse({ cart: null })).toEqual({ cart: null });
  });
});
