// What other modules need to know about variants they hold by id (the cart's lines, checkout's
// pricing, stock events): whether they can be sold, at what price, and how to show them. Read in
// the caller's client, so a transaction sees its own snapshot (and, on the embedded database,
// does not wait for itself).
import type { Db, Tx } from "@/lib/db";

export interface VariantFacts {
  variantId: string;
  productId: string;
  productSlug: string;
  productTitle: string;
  variantTitle: string;
  sku: string;
  /** The variant's own image, else the product's first. */
  image: { url: string; alt: string } | null;
  imageUrl: string | null;
  /** Both the variant and its product are ACTIVE. */
  sellable: boolean;
  priceAmount: number;
  currency: string;
}

export async function variantFacts(
  client: Db | Tx,
  variantIds: readonly string[],
): Promise<Map<string, VariantFacts>> {
  if (variantIds.length === 0) return new Map();
  const rows = await client.variant.findMany({
    where: { id: { in: [...new Set(variantIds)] } },
    select: {
      id: true,
      sku: true,
      title: true,
      status: true,
      priceAmount: true,
      currency: true,
      image: { select: { url: true, alt: true } },
      product: {
        select: {
          id: true,
          slug: true,
          title: true,
          status: true,
          images: {
            select: { url: true, alt: true },
            orderBy: [{ position: "asc" }, { id: "asc" }],
            take: 1,
          },
        },
      },
    },
  });
  return new Map(
    rows.map((row) => {
      const image = row.image ?? row.product.images[0] ?? null;
      return [
        row.id,
        {
          variantId: row.id,
          productId: row.product.id,
          productSlug: row.product.slug,
          productTitle: row.product.title,
          variantTitle: row.title,
          sku: row.sku,
          image,
          imageUrl: image?.url ?? null,
          sellable: row.status === "ACTIVE" && row.product.status === "ACTIVE",
          priceAmount: row.priceAmount,
          currency: row.currency,
        },
      ];
    }),
  );
}

/** The products of these variants (for stock events, which name only the variant). */
export async function productIdsOfVariants(
  client: Db | Tx,
  variantIds: readonly string[],
): Promise<string[]> {
  if (variantIds.length === 0) return [];
  const rows = await client.variant.findMany({
    where: { id: { in: [...new Set(variantIds)] } },
    select: { productId: true },
  });
  return [...new Set(rows.map((row) => row.productId))];
}
