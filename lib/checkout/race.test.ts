// The oversell race: 200 shoppers check out the same variant at once with 20 units on hand.
// Exactly 20 orders reserve stock, the other 180 get SoldOutError, on hand never goes below zero
// and the ledger sums to the stock. On PostgreSQL the calls run over a 50-connection pool; on the
// embedded database (one connection) they are still 200 concurrent calls and must give 20.
import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { onRealPostgres, openTestDatabase } from "@/test/db";
import { placeOrder, SoldOutError } from "./index";
import {
  californiaAddress,
  createCart,
  createProduct,
  createStoreSettings,
  ledgerTotals,
  outboxCount,
  stockOf,
} from "./testing";

const shoppers = 200;
const units = 20;

beforeAll(async () => {
  if (onRealPostgres) {
    // This file's db() gets a 50-connection pool (test/setup-db.ts still closes and drops it).
    const holder = globalThis as { __cartwrightDbFactory?: () => unknown };
    holder.__cartwrightDbFactory = () => openTestDatabase({ poolSize: 50 });
  }
});

it(`${shoppers} concurrent checkouts for ${units} units: exactly ${units} orders`, async () => {
  const { variants } = await createProduct([
    { priceAmount: 1500, onHand: units, lowStockThreshold: 5 },
  ]);
  const variant = variants[0];
  if (!variant) throw new Error("no variant");
  const { standard } = await createStoreSettings();
  const carts = await Promise.all(
    Array.from({ length: shoppers }, () => createCart([{ variantId: variant.id, quantity: 1 }])),
  );

  const results = await Promise.allSettled(
    carts.map((cart, i) =>
      placeOrder({
        cartId: cart.cartId,
        cartVersion: cart.version,
        email: `shopper${i}@example.com`,
        shippingAddress: californiaAddress,
        shippingMethodId: standard,
      }),
    ),
  );
  const placed = results.filter((r) => r.status === "fulfilled");
  const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
  // Anything but SoldOutError (a pool or transaction timeout) is a failure, shown with its message.
  expect(refused.filter((e) => !(e instanceof SoldOutError)).map((e) => String(e))).toEqual([]);
  expect(placed).toHaveLength(units);
  expect(refused).toHaveLength(shoppers - units);
  for (const error of refused) {
    expect((error as SoldOutError).variantId).toBe(variant.id);
    expect((error as SoldOutError).message).toMatch(/sold out/i);
  }

  const prisma = await db();
  expect(await prisma.order.count()).toBe(units);
  expect(await prisma.stockReservation.aggregate({ _sum: { quantity: true } })).toEqual({
    _sum: { quantity: units },
  });
  const stock = await stockOf(variant.id);
  expect(stock).toEqual({ onHand: units, reserved: units });
  expect(stock.onHand - stock.reserved).toBeGreaterThanOrEqual(0);
  expect(await ledgerTotals(variant.id)).toEqual(stock);
  expect(await outboxCount("OrderPlaced")).toBe(units);
  // Available crossed the threshold (5) exactly once on the way down.
  expect(await outboxCount("StockLow", variant.id)).toBe(1);
}, 480_000);
