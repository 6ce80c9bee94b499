// Test fixtures for cart tests: a product with variants and stock, written straight to the
// (fresh, per-file) test database. Not used by the app.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";

export interface StockedVariant {
  id: string;
  productId: string;
  priceAmount: number;
}

/** Creates an ACTIVE product whose variants have the given prices and stock (null: no row). */
export async function createStockedProduct(
  variants: Array<{
    priceAmount: number;
    onHand: number | null;
    reserved?: number;
    status?: "ACTIVE" | "DRAFT" | "ARCHIVED";
  }>,
  productStatus: "ACTIVE" | "DRAFT" | "ARCHIVED" = "ACTIVE",
): Promise<StockedVariant[]> {
  const prisma = await db();
  const tag = randomBytes(4).toString("hex");
  const product = await prisma.product.create({
    data: { slug: `fixture-${tag}`, title: `Fixture ${tag} T-Shirt`, status: productStatus },
    select: { id: true },
  });
  const out: StockedVariant[] = [];
  for (const [index, spec] of variants.entries()) {
    const variant = await prisma.variant.create({
      data: {
        productId: product.id,
        sku: `FX-${tag}-${index}`,
        title: `Size ${index}`,
        priceAmount: spec.priceAmount,
        position: index,
        status: spec.status ?? "ACTIVE",
        ...(spec.onHand === null
          ? {}
          : { inventory: { create: { onHand: spec.onHand, reserved: spec.reserved ?? 0 } } }),
      },
      select: { id: true },
    });
    out.push({ id: variant.id, productId: product.id, priceAmount: spec.priceAmount });
  }
  return out;
}

/** A user row for account-cart tests. */
export async function createUser(): Promise<string> {
  const prisma = await db();
  const tag = randomBytes(4).toString("hex");
  return (
    await prisma.user.create({
      data: { email: `shopper-${tag}@example.com` },
      select: { id: true },
    })
  ).id;
}

/** The raw cart row and its lines, for asserting that nothing changed. */
export async function snapshotCart(cartId: string) {
  const prisma = await db();
  return prisma.cart.findUnique({
    where: { id: cartId },
    select: {
      version: true,
      expiresAt: true,
      discountCode: true,
      lines: { orderBy: { variantId: "asc" }, select: { variantId: true, quantity: true } },
    },
  });
}
