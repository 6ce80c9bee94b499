// The product card shape (ProductSummary) from a Prisma read: one select, one reshaping, used
// by every query that lists products through Prisma (featured, related). Stock is inventory's.
import type { Prisma } from "@/lib/generated/prisma/client";
import { getStockLevels } from "@/lib/inventory";
import type { ProductSummary } from "./types";

export const summarySelect = {
  id: true,
  slug: true,
  title: true,
  brand: true,
  images: {
    orderBy: [{ position: "asc" }, { id: "asc" }],
    take: 1,
    select: { url: true, alt: true, width: true, height: true },
  },
  variants: {
    where: { status: "ACTIVE" },
    orderBy: [{ priceAmount: "asc" }, { position: "asc" }],
    select: { id: true, priceAmount: true, compareAtAmount: true, currency: true },
  },
} satisfies Prisma.ProductSelect;

type SummaryRow = Prisma.ProductGetPayload<{ select: typeof summarySelect }>;

/**
 * The cards of `products`, in order, with stock from lib/inventory (one read for all); a product
 * with no active variant has no price to show and no card.
 */
export async function toProductSummaries(
  products: readonly SummaryRow[],
): Promise<ProductSummary[]> {
  const levels = await getStockLevels(
    products.flatMap((product) => product.variants.map((v) => v.id)),
  );
  const available = (variantId: string) => levels.get(variantId)?.available ?? 0;
  return products.flatMap((product) => toProductSummary(product, available));
}

function toProductSummary(
  product: SummaryRow,
  available: (variantId: string) => number,
): ProductSummary[] {
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
      compareAt:
        compareAt !== null && compareAt > cheapest.priceAmount
          ? { amount: compareAt, currency: cheapest.currency }
          : null,
      // No InventoryLevel row means stock is not recorded: treat it as none, never oversell.
      inStock: product.variants.some((v) => available(v.id) > 0),
    },
  ];
}
