// Who may see an order confirmation: its owner, or whoever holds the order's signed link; not
// another shopper, a forged or borrowed token, or nobody at all.
import { beforeAll, describe, expect, it } from "vitest";
import { makeUser } from "@/lib/auth/testing";
import { createTestOrder } from "@/lib/orders/testing";
import { confirmationFor, orderAccessToken } from "./index";

let owner: { id: string };
let other: { id: string };
let mine: { id: string; number: number };
let guestOrder: { id: string; number: number };

const createOrder = (userId: string | null) => createTestOrder({ userId });

beforeAll(async () => {
  owner = await makeUser();
  other = await makeUser();
  mine = await createOrder(owner.id);
  guestOrder = await createOrder(null);
}, 180_000); // opening and migrating the embedded database is slow on a busy machine

describe("confirmationFor", () => {
  it("shows the signed-in owner their order without a token", async () => {
    expect((await confirmationFor({ number: mine.number, user: owner }))?.id).toBe(mine.id);
  });

  it("shows nothing to another signed-in shopper", async () => {
    expect(await confirmationFor({ number: mine.number, user: other })).toBeNull();
  });

  it("shows the order to whoever holds its valid token, signed in or not", async () => {
    expect(
      (await confirmationFor({ number: guestOrder.number, token: orderAccessToken(guestOrder.id) }))
        ?.id,
    ).toBe(guestOrder.id);
    expect(
      (
        await confirmationFor({
          number: mine.number,
          token: orderAccessToken(mine.id),
          user: other,
        })
      )?.id,
    ).toBe(mine.id);
  });

  it("refuses a forged token, and a genuine token of another order", async () => {
    const forged = [
      `${guestOrder.id}.${"A".repeat(43)}`,
      guestOrder.id,
      `${orderAccessToken(guestOrder.id)}x`,
      "garbage",
    ];
    for (const token of forged)
      expect(await confirmationFor({ number: guestOrder.number, token })).toBeNull();
    expect(
      await confirmationFor({ number: guestOrder.number, token: orderAccessToken(mine.id) }),
    ).toBeNull();
  });

  it("refuses no token and no session, and a number that is no order", async () => {
    expect(await confirmationFor({ number: guestOrder.number })).toBeNull();
    expect(await confirmationFor({ number: mine.number, token: null, user: null })).toBeNull();
    expect(await confirmationFor({ number: 987_654_321, user: owner })).toBeNull();
    expect(await confirmationFor({ number: Number.NaN, user: owner })).toBeNull();
  });
});
