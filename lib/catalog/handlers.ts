// Keeps cached catalog pages honest: when a product, a price or a stock level changes, expire
// the tags of every cached read that showed it — the product page, and the listings of its
// categories and their ancestors (prices, "sold out" and facet counts appear there too).
// External (at least once): expiring a tag twice is harmless.
import {
  cacheTags,
  categoryTagsWithAncestors,
  invalidateTags,
  type InvalidateTags,
} from "@/lib/cache";
import { db, type Db } from "@/lib/db";
import { registerHandler, type ExternalHandler, type OutboxMessageOf } from "@/lib/events";
import { productIdsOfVariants } from "./variant-facts";

export const CATALOG_CACHE_HANDLER = "catalog.cache-tags";
const EVENTS = ["ProductChanged", "PriceChanged", "StockChanged"] as const;
type CatalogCacheEvent = (typeof EVENTS)[number];

/** The product a price or stock event is about (stock events name only the variant). */
async function productsOf(
  client: Db,
  event: OutboxMessageOf<"PriceChanged" | "StockChanged">,
): Promise<string[]> {
  const { productId, variantId } = event.payload;
  return productId ? [productId] : productIdsOfVariants(client, [variantId]);
}

/** The tags an event makes stale. */
export async function tagsForEvent(event: OutboxMessageOf<CatalogCacheEvent>): Promise<string[]> {
  // Status, slug, brand, tags or categories may have changed: any listing and slug lookup.
  if (event.type === "ProductChanged") {
    const { productId } = event.payload;
    return [cacheTags.product(productId), cacheTags.productSlugs(), cacheTags.listings()];
  }
  const prisma = await db();
  const productIds = await productsOf(prisma, event);
  const links = await prisma.productCategory.findMany({
    where: { productId: { in: productIds } },
    select: { category: { select: { path: true } } },
  });
  const tags = [
    ...productIds.map((id) => cacheTags.product(id)),
    cacheTags.allProducts(),
    ...links.flatMap((link) => categoryTagsWithAncestors(link.category.path)),
  ];
  return [...new Set(tags)];
}

/** The handler, with the invalidation injectable (tests pass their own). */
export function catalogCacheHandler(
  invalidate: InvalidateTags = invalidateTags,
): ExternalHandler<CatalogCacheEvent> {
  return {
    name: CATALOG_CACHE_HANDLER,
    events: EVENTS,
    external: true,
    handle: async (event) => invalidate(await tagsForEvent(event)),
  };
}

registerHandler(catalogCacheHandler());
