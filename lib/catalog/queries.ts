import "server-only";
// Catalog reads for the storefront. Each returns plain objects (lib/catalog/types.ts); the
// Prisma rows are reshaped here so nothing database-shaped leaks into pages or components.
import { db } from "@/lib/db";
import type { CategoryNode, ProductSummary } from "./types";

/** Every category as a tree: roots first, each level ordered by position, then name. */
export async function getCategoryTree(): Promise<CategoryNode[]> {
  const prisma = await db();
  // One query for the whole table: catalogs have tens or hundreds of categories, not millions,
  // and this keeps any depth of nesting at a single round trip.
  const rows = await prisma.category.findMany({
    select: { id: true, parentId: true, name: true, slug: true, path: true },
    orderBy: [{ position: "asc" }, { name: "asc" }],
  });
  const nodes = new Map<string, CategoryNode>(
    rows.map((row) => [row.id, { id: row.id, name: row.name, slug: row.slug, path: row.path, children: [] }]),
  );
  const roots: CategoryNode[] = [];
  for (const row of rows) {
    const node = nodes.get(row.id);
    if (!node) continue;
    if (row.parentId === null) roots.push(node);
    // Rows arrive in position order, so pushing keeps every children list sorted too.
    else nodes.get(row.parentId)?.children.push(node);
  }
  return roots;
}

const MAX_FEATURED = 100;

/** The newest ACTIVE products that have something to sell, shaped for product cards. */
export async function getFeaturedProducts(limit = 12): Promise<ProductSummary[]> {
  const take = Math.min(Math.max(Math.trunc(limit), 0), MAX_FEATURED);
  if (take === 0) return [];
  const prisma = await db();
  const products = await prisma.product.findMany({
    // A product without an active variant has no price to show, so it cannot be featured.
    where: { status: "ACTIVE", variants: { some: { status: "ACTIVE" } } },
    // Seeds create many rows in one transaction (same timestamp): the id breaks ties stably.
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
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
    },
  });
  return products.flatMap((product): ProductSummary[] => {
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
  });
}
