// The product card shape (ProductSummary) from a Prisma read: one select, one reshaping, used
// by every query that lists products through Prisma (featured, related).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProductSummary } from "./types";

export const summarySelect = {
  id: true,
  slug: true,
  title: true,
  brand: true,
  images: { orderBy: [{ position: "asc" }, { id: "asc" }], take: 1, select: { url: true, alt: true, width: true, height: true } },
  variants: {
    where: { status: "ACTIVE" },
    orderBy: [{ priceAmount: "asc" }, { position: "asc" }],
    select: { priceAmount: true, compareAtAmount: true, currency: true, inventory: { select: { onHand: true, reserved: true } } },
  },
} satisfies Prisma.ProductSelect;

type SummaryRow = Prisma.ProductGetPayload<{ select: typeof summarySelect }>;

/** [] for a product with no active variant: it has no price to show. */
export function toProductSummary(product: SummaryRow): ProductSummary[] {
  const cheapest = product.variants[0];
  if (!cheapest) return [];
  const compareAt = cheapest.compareAtAmount;
  return [
    {
      id: product.id,
      slug: product.slug,
      title: product.title,
      brand: product.brand,
      image: product.images[0] ?? null,
      price: { amount: cheapest.priceAmount, currency: cheapest.currency },
      compareAt: compareAt !== null && compareAt > cheapest.priceAmount ? { amount: compareAt, currency: cheapest.currency } : null,
      // No InventoryLevel row means stock is not recorded: treat it as none, never oversell.
      inStock: product.variants.some((v) => v.inventory !== null && v.inventory.onHand - v.inventory.reserved > 0),
    },
  ];
}
