// A paid order's cart is deleted once its OrderPaid event is dispatched; others stay.
import { beforeAll, describe, expect, it } from "vitest";
import { inTransaction } from "@/lib/db";
import { dispatchBatch, publish } from "@/lib/events";
import "./handlers";
import { addLine, getCart } from "./index";
import { createStockedProduct, type StockedVariant } from "./testing";

let variant: StockedVariant;

// In a hook: the first database use migrates this file's fresh database, which takes a while.
beforeAll(async () => {
  [variant] = (await createStockedProduct([{ priceAmount: 500, onHand: 10 }])) as [StockedVariant];
});

const paid = (cartId: string | null) =>
  inTransaction((tx) =>
    publish(tx, {
      type: "OrderPaid",
      aggregateType: "Order",
      aggregateId: "order_1",
      payload: {
        orderId: "order_1",
        paymentId: "pay_1",
        currency: "USD",
        amount: 1000,
        number: 1001,
        email: "a@example.com",
        cartId,
      },
    }),
  );

describe("cart.clear-paid-cart", () => {
  it("deletes the paid cart and nothing else, and a cart-less payment is a no-op", async () => {
    const bought = await addLine({ cartId: null }, { variantId: variant.id, quantity: 2 });
    const other = await addLine({ cartId: null }, { variantId: variant.id, quantity: 1 });
    await paid(bought.cartId);
    await paid(null);
    const result = await dispatchBatch({ workerId: "test" });
    expect(result.done).toBe(2);
    expect(await getCart(bought.cartId)).toBeNull();
    expect(await getCart(other.cartId)).not.toBeNull();
  });
});
