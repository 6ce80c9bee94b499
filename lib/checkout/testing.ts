// Test fixtures for checkout, inventory, orders and payments tests: catalog rows with stock (and
// the ledger rows that explain it), store settings and carts, written straight to the fresh
// per-file test database. Not used by the app.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";

export interface FixtureVariant {
  id: string;
  sku: string;
  priceAmount: number;
}

export async function createProduct(
  variants: Array<{
    priceAmount: number;
    onHand: number | null;
    status?: "ACTIVE" | "ARCHIVED";
    currency?: string;
    lowStockThreshold?: number;
  }>,
  productStatus: "ACTIVE" | "DRAFT" = "ACTIVE",
): Promise<{ productId: string; variants: FixtureVariant[] }> {
  const prisma = await db();
  const tag = randomBytes(4).toString("hex");
  const product = await prisma.product.create({
    data: { slug: `co-${tag}`, title: `Checkout ${tag} T-Shirt`, status: productStatus },
  });
  const out: FixtureVariant[] = [];
  for (const [index, spec] of variants.entries()) {
    const sku = `CO-${tag}-${index}`;
    const variant = await prisma.variant.create({
      data: {
        productId: product.id,
        sku,
        title: `Size ${index}`,
        priceAmount: spec.priceAmount,
        position: index,
        status: spec.status ?? "ACTIVE",
        currency: spec.currency ?? "USD",
      },
    });
    if (spec.onHand !== null) {
      await prisma.inventoryLevel.create({
        data: {
          variantId: variant.id,
          onHand: spec.onHand,
          lowStockThreshold: spec.lowStockThreshold ?? 5,
        },
      });
      await prisma.inventoryLedger.create({
        data: { variantId: variant.id, reason: "RECEIVED", onHandDelta: spec.onHand },
      });
    }
    out.push({ id: variant.id, sku, priceAmount: spec.priceAmount });
  }
  return { productId: product.id, variants: out };
}

/** Shipping methods and tax rates like the demo store's, with known ids. */
export async function createStoreSettings() {
  const prisma = await db();
  const tag = randomBytes(3).toString("hex");
  const standard = await prisma.shippingMethod.create({
    data: {
      code: `standard-${tag}`,
      name: "Standard",
      rateAmount: 599,
      freeOverAmount: 7500,
      minDeliveryDays: 3,
      maxDeliveryDays: 7,
      countries: ["US"],
    },
  });
  const express = await prisma.shippingMethod.create({
    data: {
      code: `express-${tag}`,
      name: "Express",
      rateAmount: 1499,
      minDeliveryDays: 1,
      maxDeliveryDays: 2,
      countries: ["US"],
      position: 1,
    },
  });
  const international = await prisma.shippingMethod.create({
    data: {
      code: `intl-${tag}`,
      name: "International",
      rateAmount: 2499,
      minDeliveryDays: 5,
      maxDeliveryDays: 12,
      countries: ["GB", "DE"],
      position: 2,
    },
  });
  await prisma.taxRate.createMany({
    data: [
      { country: "US", region: "CA", name: "California sales tax", rateBps: 725, inclusive: false },
      { country: "US", region: "", name: "US federal test tax", rateBps: 100, inclusive: false },
      { country: "GB", region: "", name: "VAT", rateBps: 2000, inclusive: true },
    ],
    skipDuplicates: true,
  });
  return { standard: standard.id, express: express.id, international: international.id };
}

export async function createCart(
  lines: Array<{ variantId: string; quantity: number }>,
  userId?: string,
): Promise<{ cartId: string; version: number }> {
  const cart = await (
    await db()
  ).cart.create({
    data: {
      userId: userId ?? null,
      version: 1,
      expiresAt: new Date(Date.now() + 24 * 3600_000),
      lines: { create: lines },
    },
  });
  return { cartId: cart.id, version: cart.version };
}

export const californiaAddress = {
  name: "Ada Lovelace",
  line1: "1 Analytical Way",
  city: "Los Angeles",
  region: "CA",
  postalCode: "90001",
  country: "US",
};

/** What the ledger says a variant's stock is: it must always equal the InventoryLevel row. */
export async function ledgerTotals(
  variantId: string,
): Promise<{ onHand: number; reserved: number }> {
  const sums = await (
    await db()
  ).inventoryLedger.aggregate({
    _sum: { onHandDelta: true, reservedDelta: true },
    where: { variantId },
  });
  return { onHand: sums._sum.onHandDelta ?? 0, reserved: sums._sum.reservedDelta ?? 0 };
}

export async function stockOf(variantId: string): Promise<{ onHand: number; reserved: number }> {
  const level = await (await db()).inventoryLevel.findUniqueOrThrow({ where: { variantId } });
  return { onHand: level.onHand, reserved: level.reserved };
}

export async function outboxCount(type: string, aggregateId?: string): Promise<number> {
  return (await db()).outboxEvent.count({
    where: { type, ...(aggregateId ? { aggregateId } : {}) },
  });
}
