// The acceptance test of cached catalog pages: an admin price change, made through the catalog
// command, shows on the product page (and in listings) on the next read after its event is
// processed — and not before, because the read really is cached.
//
// What this proves: updateVariantPrice commits the price and a PriceChanged event; the catalog's
// handler turns that event into the right cache tags; expiring those tags makes the cached
// reads (getProductBySlug, listProducts) return the new price while unrelated entries stay.
// Outside Next.js the cached reads use lib/cache's in-process store, so the invalidation is
// injected here. The Next.js half (the default invalidator POSTs the tags to
// /api/cache/revalidate, which calls revalidateTag) is proved by lib/cache/invalidate.test.ts
// and test/routes/cache-revalidate.test.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { cacheTags, clearMemoryCache, invalidateMemoryCache } from "@/lib/cache";
import { db } from "@/lib/db";
import { drainOutbox, HandlerRegistry } from "@/lib/events";
import { updateVariantPrice } from "./commands";
import { catalogCacheHandler } from "./handlers";
import { getProductBySlug, listProducts } from "./queries";
import { seedFixtureCatalog } from "./testing";

let products: Awaited<ReturnType<typeof seedFixtureCatalog>>["products"];
const noFilters = { brands: [], tags: [], options: {}, inStock: false };
const priceOf = async (slug: string, sku: string) =>
  (await getProductBySlug(slug))!.variants.find((v) => v.sku === sku)!.price.amount;
const listedPrice = async (categoryPath: string, slug: string) =>
  (
    await listProducts({ categoryPath, filters: noFilters, sort: "relevance", page: 1 })
  ).products.find((p) => p.slug === slug)!.price.amount;

beforeAll(async () => {
  ({ products } = await seedFixtureCatalog());
  clearMemoryCache();
});

describe("an admin price change", () => {
  it("shows on the product page and in listings on the next read after its event is processed", async () => {
    // Warm the cache: the product page, a listing, and an unrelated product.
    expect(await priceOf("navy-tee", "NAVY-TEE-2")).toBe(2200);
    expect(await listedPrice("home", "blue-mug")).toBe(1200);
    expect(await priceOf("grey-hoodie", "GREY-HOODIE-0")).toBe(6000);

    const navyL = products.get("navy-tee")!.variants[2]!.id;
    await updateVariantPrice({ variantId: navyL, amount: 2450 });
    await updateVariantPrice({ variantId: products.get("blue-mug")!.variants[0]!.id, amount: 900 });
    // A change with no event (written behind the catalog's back) must stay invisible: this is
    // how we know the entries that do change were expired by the events, not by chance.
    const prisma = await db();
    await prisma.variant.update({ where: { sku: "GREY-HOODIE-0" }, data: { priceAmount: 1 } });

    // Committed, but the event is not processed yet: the cached pages still show the old price.
    expect(await priceOf("navy-tee", "NAVY-TEE-2")).toBe(2200);
    expect(await listedPrice("home", "blue-mug")).toBe(1200);

    const expired: string[][] = [];
    const registry = new HandlerRegistry();
    registry.register(
      catalogCacheHandler(async (tags) => {
        expired.push([...tags]);
        invalidateMemoryCache(tags);
      }),
    );
    expect(await drainOutbox({ workerId: "test-worker", registry })).toMatchObject({
      claimed: 2,
      done: 2,
      failed: 0,
    });

    const navyId = products.get("navy-tee")!.product.id;
    const mugId = products.get("blue-mug")!.product.id;
    expect(expired).toEqual([
      [
        cacheTags.product(navyId),
        cacheTags.allProducts(),
        cacheTags.category("clothing"),
        cacheTags.category("clothing/tops"),
        cacheTags.category("clothing/tops/t-shirts"),
      ],
      [
        cacheTags.product(mugId),
        cacheTags.allProducts(),
        cacheTags.category("home"),
        cacheTags.category("home/kitchen"),
      ],
    ]);

    // The next read after the event: the new prices.
    expect(await priceOf("navy-tee", "NAVY-TEE-2")).toBe(2450);
    expect(await listedPrice("home", "blue-mug")).toBe(900);
    expect(await listedPrice("home/kitchen", "blue-mug")).toBe(900);
    // Untouched by these events, so still served from the cache.
    expect(await priceOf("grey-hoodie", "GREY-HOODIE-0")).toBe(6000);
  });

  it("expires the slug lookup and every listing when a product changes", async () => {
    const registry = new HandlerRegistry();
    const expired: string[][] = [];
    registry.register(catalogCacheHandler(async (tags) => void expired.push([...tags])));
    const prisma = await db();
    const navyId = products.get("navy-tee")!.product.id;
    await prisma.$transaction(async (tx) => {
      const { publish } = await import("@/lib/events");
      await publish(tx, {
        type: "ProductChanged",
        aggregateType: "Product",
        aggregateId: navyId,
        payload: { productId: navyId, change: "archived" },
      });
    });
    await drainOutbox({ workerId: "test-worker", registry });
    expect(expired).toEqual([
      [cacheTags.product(navyId), cacheTags.productSlugs(), cacheTags.listings()],
    ]);
  });
});
