// Regions: where tax depends on the state (the US here), an address needs a state code from the
// list. "California", a blank state or "ZZ" would match no regional rate and drop the tax, so the
// schema, pricing and placeOrder all refuse them with an error beside the region field.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addressSchema, CheckoutError, placeOrder, priceCart } from "./index";
import {
  californiaAddress,
  createCart,
  createProduct,
  createStoreSettings,
  type FixtureVariant,
} from "./testing";

let mug: FixtureVariant;
let store: Awaited<ReturnType<typeof createStoreSettings>>;
const now = new Date("2026-06-01T12:00:00Z");
const refused = ["California", "", "ZZ"];

beforeAll(async () => {
  [mug] = (await createProduct([{ priceAmount: 1200, onHand: 50 }])).variants as [FixtureVariant];
  store = await createStoreSettings();
});

describe("the address schema", () => {
  it.each(refused)("refuses %j as a US state, with an error on the region field", (region) => {
    const parsed = addressSchema.safeParse({ ...californiaAddress, region });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toEqual(["region"]);
  });

  it("refuses a US address without a state, and a Canadian or Australian one without a province", () => {
    const { region: _dropped, ...stateless } = californiaAddress;
    expect(addressSchema.safeParse(stateless).success).toBe(false);
    expect(addressSchema.safeParse({ ...stateless, country: "CA", region: "ON" }).success).toBe(
      true,
    );
    expect(addressSchema.safeParse({ ...stateless, country: "AU" }).success).toBe(false);
    expect(addressSchema.safeParse({ ...stateless, country: "AU", region: "NSW" }).success).toBe(
      true,
    );
  });

  it("stores the code: CA, ca and US-CA all become CA; elsewhere the region stays free text", () => {
    for (const region of ["CA", "ca", " US-CA "])
      expect(addressSchema.parse({ ...californiaAddress, region }).region).toBe("CA");
    const british = { ...californiaAddress, country: "GB", region: "Greater London" };
    expect(addressSchema.parse(british).region).toBe("Greater London");
    expect(addressSchema.safeParse({ ...british, region: undefined }).success).toBe(true);
  });
});

describe("pricing", () => {
  const quote = (region: string | undefined) =>
    priceCart(
      {
        lines: [{ variantId: mug.id, quantity: 1 }],
        shippingMethodId: store.standard,
        address: { country: "US", region },
      },
      { now },
    );

  it.each([...refused, undefined])("never prices a US cart with region %j", async (region) => {
    const price = await quote(region);
    expect(price.ok).toBe(false);
    expect(price.errors.region?.code).toBe(
      region === undefined || region === "" ? "region_required" : "region_unknown",
    );
    expect(price.tax).toBeNull();
  });

  it("taxes CA at California's rate", async () => {
    const price = await quote("CA");
    expect(price.ok).toBe(true);
    expect(price.errors.region).toBeUndefined();
    // 1200 + 599 shipping = 1799 × 7.25 % = 130.4 → 130
    expect(price).toMatchObject({ taxAmount: 130, totalAmount: 1929 });
    expect(price.tax?.rateBps).toBe(725);
  });

  it("refuses a region the tax rates do not know in a country with regional rates but no list", async () => {
    await (
      await db()
    ).taxRate.create({
      data: { country: "MX", region: "JAL", name: "Jalisco test tax", rateBps: 500 },
    });
    const price = (region: string | undefined) =>
      priceCart({
        lines: [{ variantId: mug.id, quantity: 1 }],
        address: { country: "MX", region },
      });
    expect((await price(undefined)).errors.region?.code).toBe("region_required");
    expect((await price("Jalisco")).errors.region?.code).toBe("region_unknown");
    expect((await price("jal")).tax?.rateBps).toBe(500);
  });
});

describe("placeOrder", () => {
  const place = async (region: string) => {
    const cart = await createCart([{ variantId: mug.id, quantity: 1 }]);
    return placeOrder({
      cartId: cart.cartId,
      cartVersion: cart.version,
      email: `region-${region || "blank"}@example.com`,
      shippingAddress: { ...californiaAddress, region },
      shippingMethodId: store.standard,
    });
  };

  it.each(refused)("refuses a US order with state %j, beside the region field", async (region) => {
    const orders = await (await db()).order.count();
    const error = await place(region).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CheckoutError);
    expect((error as CheckoutError).fieldErrors).toHaveProperty(["shippingAddress.region"]);
    expect(await (await db()).order.count()).toBe(orders);
  });

  it("taxes an order to CA", async () => {
    const placed = await place("CA");
    const order = await (await db()).order.findUniqueOrThrow({ where: { id: placed.orderId } });
    expect(order.taxAmount).toBe(130);
    expect(order.shippingAddress).toMatchObject({ region: "CA", country: "US" });
  });
});
