// priceCart against a real database: line totals from catalog prices, per-line errors, shipping
// rates and thresholds, tax exclusive and inclusive. Discount codes: discounts.test.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { priceCart } from "./index";
import { createProduct, createStoreSettings, type FixtureVariant } from "./testing";

let shirt: FixtureVariant;
let mug: FixtureVariant;
let archived: FixtureVariant;
let scarce: FixtureVariant;
let euro: FixtureVariant;
let store: Awaited<ReturnType<typeof createStoreSettings>>;
const now = new Date("2026-06-01T12:00:00Z");
const US_CA = { country: "US", region: "CA" };

beforeAll(async () => {
  const product = await createProduct([
    { priceAmount: 2500, onHand: 50 },
    { priceAmount: 1200, onHand: 50 },
    { priceAmount: 900, onHand: 50, status: "ARCHIVED" },
    { priceAmount: 4000, onHand: 2 },
    { priceAmount: 3000, onHand: 10, currency: "EUR" },
  ]);
  [shirt, mug, archived, scarce, euro] = product.variants as [
    FixtureVariant,
    FixtureVariant,
    FixtureVariant,
    FixtureVariant,
    FixtureVariant,
  ];
  store = await createStoreSettings();
  await (await db()).discountCode.create({ data: { code: "TEN", type: "PERCENT", value: 1000 } });
});

describe("lines", () => {
  it("prices every line from the catalog and sums them", async () => {
    const price = await priceCart(
      {
        lines: [
          { variantId: shirt.id, quantity: 2 },
          { variantId: mug.id, quantity: 3 },
        ],
      },
      { now },
    );
    expect(price.lines.map((l) => [l.unitPriceAmount, l.lineTotalAmount])).toEqual([
      [2500, 5000],
      [1200, 3600],
    ]);
    expect(price.subtotalAmount).toBe(8600);
    expect(price.totalAmount).toBe(8600);
    expect(price.currency).toBe("USD");
    expect(price.ok).toBe(true);
  });

  it("reports a gone variant, an inactive one, a bad quantity and a short one beside their lines", async () => {
    const price = await priceCart(
      {
        lines: [
          { variantId: "gone", quantity: 1 },
          { variantId: archived.id, quantity: 1 },
          { variantId: shirt.id, quantity: 100 },
          { variantId: mug.id, quantity: 1.5 },
          { variantId: scarce.id, quantity: 3 },
        ],
      },
      { now },
    );
    expect(price.errors.lines).toMatchObject({
      gone: { code: "variant_not_found" },
      [archived.id]: { code: "variant_inactive" },
      [shirt.id]: { code: "quantity_invalid" },
      [mug.id]: { code: "quantity_invalid" },
      [scarce.id]: { code: "insufficient_stock", message: "Only 2 left." },
    });
    expect(price.ok).toBe(false);
    // Only the short line is still priced (the shopper sees its figure beside the warning).
    expect(price.subtotalAmount).toBe(12_000);
  });

  it("refuses a line in another currency", async () => {
    const price = await priceCart(
      {
        lines: [
          { variantId: shirt.id, quantity: 1 },
          { variantId: euro.id, quantity: 1 },
        ],
      },
      { now },
    );
    expect(price.errors.lines[euro.id]?.code).toBe("currency_mismatch");
    expect(price.errors.cart?.code).toBe("mixed_currency");
    expect(price.subtotalAmount).toBe(2500);
  });

  it("says an empty cart is empty", async () => {
    const price = await priceCart({ lines: [] }, { now });
    expect(price.errors.cart?.code).toBe("empty");
    expect(price.ok).toBe(false);
  });
});

describe("shipping", () => {
  it("offers the methods that ship to the country, free over the threshold", async () => {
    const small = await priceCart(
      { lines: [{ variantId: mug.id, quantity: 1 }], address: { country: "US" } },
      { now },
    );
    expect(small.shippingOptions.map((o) => [o.name, o.amount])).toEqual([
      ["Standard", 599],
      ["Express", 1499],
    ]);
    const big = await priceCart(
      { lines: [{ variantId: shirt.id, quantity: 3 }], address: { country: "US" } },
      { now },
    );
    expect(big.shippingOptions.find((o) => o.name === "Standard")?.amount).toBe(0);
  });

  it("refuses a method that does not ship to the address, or none at all", async () => {
    const wrong = await priceCart(
      {
        lines: [{ variantId: mug.id, quantity: 1 }],
        shippingMethodId: store.international,
        address: { country: "US" },
      },
      { now },
    );
    expect(wrong.errors.shippingMethodId?.code).toBe("not_available");
    const unknown = await priceCart(
      { lines: [{ variantId: mug.id, quantity: 1 }], shippingMethodId: "nope" },
      { now },
    );
    expect(unknown.errors.shippingMethodId?.code).toBe("not_found");
  });
});

describe("tax", () => {
  it("adds exclusive tax on discounted goods plus shipping, a region's rate over its country's", async () => {
    const price = await priceCart(
      {
        lines: [{ variantId: mug.id, quantity: 1 }],
        shippingMethodId: store.standard,
        address: US_CA,
        discountCode: "TEN",
      },
      { now },
    );
    // goods 1200 − 120 = 1080, shipping 599 → taxable 1679 × 7.25 % = 121.7 → 122
    expect(price).toMatchObject({
      subtotalAmount: 1200,
      discountAmount: 120,
      shippingAmount: 599,
      taxAmount: 122,
      totalAmount: 1801,
      taxInclusive: false,
    });
    const texas = await priceCart(
      { lines: [{ variantId: mug.id, quantity: 1 }], address: { country: "US", region: "TX" } },
      { now },
    );
    expect(texas.tax?.rateBps).toBe(100);
    expect(texas.taxAmount).toBe(12);
  });

  it("shows inclusive tax as the part of the total that is tax, without adding it", async () => {
    const price = await priceCart(
      {
        lines: [{ variantId: mug.id, quantity: 1 }],
        shippingMethodId: store.international,
        address: { country: "gb" },
      },
      { now },
    );
    // 1200 + 2499 = 3699 including 20 % VAT: net 3699 / 1.2 = 3082.5 → 3083, so the tax is 616
    expect(price).toMatchObject({ taxInclusive: true, taxAmount: 616, totalAmount: 3699 });
  });

  it("charges no tax where there is no rate", async () => {
    const price = await priceCart(
      { lines: [{ variantId: mug.id, quantity: 1 }], address: { country: "DE" } },
      { now },
    );
    expect(price.tax).toBeNull();
    expect(price.taxAmount).toBe(0);
  });
});
