// Stock movements: reserve, release, sell, receive, adjust, return. Every one writes the ledger
// (which always sums to the stock row) and StockChanged; StockLow fires when available falls to
// the threshold. The conditional reservation alone (no pricing in front of it) never oversells.
import { beforeAll, describe, expect, it } from "vitest";
import { db, inTransaction } from "@/lib/db";
import {
  createProduct,
  ledgerTotals,
  outboxCount,
  stockOf,
  type FixtureVariant,
} from "@/lib/checkout/testing";
import {
  adjustStock,
  InventoryError,
  receiveStock,
  releaseForOrder,
  reserveForOrder,
  returnStock,
  sellForOrder,
  SoldOutError,
} from "./index";

let orderSeq = 0;
async function newOrder(): Promise<string> {
  const order = await (
    await db()
  ).order.create({
    data: {
      email: "stock@example.com",
      currency: "USD",
      subtotalAmount: 0,
      totalAmount: 0,
      shippingAddress: {},
      idempotencyKey: `inv-${orderSeq++}`,
    },
  });
  return order.id;
}
const later = () => new Date(Date.now() + 15 * 60_000);

let variant: FixtureVariant;
beforeAll(async () => {
  variant = (await createProduct([{ priceAmount: 1000, onHand: 10, lowStockThreshold: 3 }]))
    .variants[0] as FixtureVariant;
});

describe("reservations", () => {
  it("reserve → release returns the stock; release twice changes nothing more", async () => {
    const orderId = await newOrder();
    await inTransaction((tx) =>
      reserveForOrder(tx, {
        orderId,
        lines: [{ variantId: variant.id, quantity: 4 }],
        expiresAt: later(),
      }),
    );
    expect(await stockOf(variant.id)).toEqual({ onHand: 10, reserved: 4 });
    await inTransaction((tx) => releaseForOrder(tx, { orderId, status: "RELEASED" }));
    await inTransaction((tx) => releaseForOrder(tx, { orderId, status: "RELEASED" }));
    expect(await stockOf(variant.id)).toEqual({ onHand: 10, reserved: 0 });
    expect(await ledgerTotals(variant.id)).toEqual(await stockOf(variant.id));
  });

  it("reserve → sell takes it off the shelf", async () => {
    const orderId = await newOrder();
    await inTransaction((tx) =>
      reserveForOrder(tx, {
        orderId,
        lines: [{ variantId: variant.id, quantity: 2 }],
        expiresAt: later(),
      }),
    );
    const { short } = await inTransaction((tx) =>
      sellForOrder(tx, { orderId, lines: [{ variantId: variant.id, quantity: 2 }] }),
    );
    expect(short).toEqual([]);
    expect(await stockOf(variant.id)).toEqual({ onHand: 8, reserved: 0 });
    const reservation = await (
      await db()
    ).stockReservation.findFirstOrThrow({ where: { orderId } });
    expect(reservation.status).toBe("CONVERTED");
    expect(await ledgerTotals(variant.id)).toEqual(await stockOf(variant.id));
  });

  it("sells a lapsed reservation from what is free, or reports the shortfall and changes nothing", async () => {
    const { variants } = await createProduct([{ priceAmount: 1000, onHand: 2 }]);
    const scarce = variants[0] as FixtureVariant;
    const orderId = await newOrder();
    const { short } = await inTransaction((tx) =>
      sellForOrder(tx, { orderId, lines: [{ variantId: scarce.id, quantity: 3 }] }),
    );
    expect(short).toEqual([scarce.id]);
    expect(await stockOf(scarce.id)).toEqual({ onHand: 2, reserved: 0 });
    await inTransaction((tx) =>
      sellForOrder(tx, { orderId, lines: [{ variantId: scarce.id, quantity: 2 }] }),
    );
    expect(await stockOf(scarce.id)).toEqual({ onHand: 0, reserved: 0 });
    expect(await ledgerTotals(scarce.id)).toEqual({ onHand: 0, reserved: 0 });
  });

  it("refuses to reserve more than is available with a SoldOutError naming the variant", async () => {
    const orderId = await newOrder();
    const error = await inTransaction((tx) =>
      reserveForOrder(tx, {
        orderId,
        lines: [{ variantId: variant.id, quantity: 999 }],
        expiresAt: later(),
      }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SoldOutError);
    expect(error).toMatchObject({ variantId: variant.id, requested: 999 });
  });

  it("200 concurrent reservations of one unit each for 20 units: exactly 20 succeed", async () => {
    const { variants } = await createProduct([{ priceAmount: 500, onHand: 20 }]);
    const hot = variants[0] as FixtureVariant;
    const orders = await Promise.all(Array.from({ length: 200 }, () => newOrder()));
    const results = await Promise.allSettled(
      orders.map((orderId) =>
        inTransaction(
          (tx) =>
            reserveForOrder(tx, {
              orderId,
              lines: [{ variantId: hot.id, quantity: 1 }],
              expiresAt: later(),
            }),
          { timeoutMs: 60_000 },
        ),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(20);
    expect(
      results.filter((r) => r.status === "rejected" && r.reason instanceof SoldOutError),
    ).toHaveLength(180);
    expect(await stockOf(hot.id)).toEqual({ onHand: 20, reserved: 20 });
    expect(await ledgerTotals(hot.id)).toEqual({ onHand: 20, reserved: 20 });
  }, 180_000);
});

describe("merchant commands", () => {
  it("receive, adjust by delta, stock take and return all write the ledger", async () => {
    const { variants } = await createProduct([
      { priceAmount: 100, onHand: 0, lowStockThreshold: 2 },
    ]);
    const v = variants[0] as FixtureVariant;
    expect(await receiveStock({ variantId: v.id, quantity: 12 })).toMatchObject({
      onHand: 12,
      available: 12,
    });
    expect(await adjustStock({ variantId: v.id, delta: -2, note: "damaged" })).toMatchObject({
      onHand: 10,
    });
    expect(await adjustStock({ variantId: v.id, onHand: 7 })).toMatchObject({ onHand: 7 });
    expect(await returnStock({ variantId: v.id, quantity: 1 })).toMatchObject({ onHand: 8 });
    expect(await ledgerTotals(v.id)).toEqual({ onHand: 8, reserved: 0 });
    const reasons = (
      await (
        await db()
      ).inventoryLedger.findMany({ where: { variantId: v.id }, orderBy: { id: "asc" } })
    ).map((r) => r.reason);
    expect(reasons).toEqual(["RECEIVED", "RECEIVED", "ADJUSTED", "ADJUSTED", "RETURNED"]);
    expect(await outboxCount("StockChanged", v.id)).toBe(4);
  });

  it("refuses an adjustment below what is reserved, and one for an unknown variant", async () => {
    const { variants } = await createProduct([{ priceAmount: 100, onHand: 5 }]);
    const v = variants[0] as FixtureVariant;
    const orderId = await newOrder();
    await inTransaction((tx) =>
      reserveForOrder(tx, {
        orderId,
        lines: [{ variantId: v.id, quantity: 4 }],
        expiresAt: later(),
      }),
    );
    await expect(adjustStock({ variantId: v.id, onHand: 3 })).rejects.toMatchObject({
      code: "below_reserved",
    });
    await expect(adjustStock({ variantId: v.id, delta: -2 })).rejects.toBeInstanceOf(
      InventoryError,
    );
    await expect(receiveStock({ variantId: "nope", quantity: 1 })).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await stockOf(v.id)).toEqual({ onHand: 5, reserved: 4 });
    expect(await ledgerTotals(v.id)).toEqual({ onHand: 5, reserved: 4 });
  });

  it("publishes StockLow once when available falls to the threshold, not on the way up", async () => {
    const { variants } = await createProduct([
      { priceAmount: 100, onHand: 6, lowStockThreshold: 3 },
    ]);
    const v = variants[0] as FixtureVariant;
    await adjustStock({ variantId: v.id, delta: -2 }); // 4: above
    expect(await outboxCount("StockLow", v.id)).toBe(0);
    await adjustStock({ variantId: v.id, delta: -2 }); // 2: crossed
    await adjustStock({ variantId: v.id, delta: -1 }); // 1: already below
    await receiveStock({ variantId: v.id, quantity: 1 }); // 2: up
    expect(await outboxCount("StockLow", v.id)).toBe(1);
    const event = await (
      await db()
    ).outboxEvent.findFirstOrThrow({ where: { type: "StockLow", aggregateId: v.id } });
    expect(event.payload).toMatchObject({ available: 2, threshold: 3 });
  });
});
