// Keeps cached catalog pages honest: when a product, a price or a stock level changes, expire
// the tags of every cached read that showed it — the product page, and the listings of its
// categories and their ancestors (prices, "sold out" and facet counts appear there too).
// External (at least once): expiring a tag twice is harmless.
import { cacheTags, categoryTagsWithAncestors, invalidateTags, type InvalidateTags } from "@/lib/cache";
import { db } from "@/lib/db";
import { registerHandler, type ExternalHandler, type OutboxMessageOf } from "@/lib/events";

export const CATALOG_CACHE_HANDLER = "catalog.cache-tags";
const EVENTS = ["ProductChanged", "PriceChanged", "StockChanged"] as const;
type CatalogCacheEvent = (typeof EVENTS)[number];

/** The tags an event makes stale. */
export async function tagsForEvent(event: OutboxMessageOf<CatalogCacheEvent>): Promise<string[]> {
  const { productId } = event.payload;
  // Status, slug, brand, tags or categories may have changed: any listing and slug lookup.
  if (event.type === "ProductChanged") return [cacheTags.product(productId), cacheTags.productSlugs(), cacheTags.listings()];
  const prisma = await db();
  const links = await prisma.productCategory.findMany({ where: { productId }, select: { category: { select: { path: true } } } });
  const tags = [cacheTags.product(productId), cacheTags.allProducts(), ...links.flatMap((link) => categoryTagsWithAncestors(link.category.path))];
  return [...new Set(tags)];
}

/** The handler, with the invalidation injectable (tests pass their own). */
export function catalogCacheHandler(invalidate: InvalidateTags = invalidateTags): ExternalHandler<CatalogCacheEvent> {
  return {
    name: CATALOG_CACHE_HANDLER,
    events: EVENTS,
    external: true,
    handle: async (event) => invalidate(await tagsForEvent(event)),
  };
}

registerHandler(catalogCacheHandler());
