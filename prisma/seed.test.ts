// The demo catalog against a real (fresh, migrated) database: its shape, prices, stock that the
// ledger explains and artwork that exists. Logins, store settings, seedIfEmpty and repeatability
// are in seed/seed-lifecycle.test.ts.
import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db, type Db } from "@/lib/db";
import { seed, type SeedResult } from "./seed";

const PRODUCTS = 30;
let prisma: Db;
let result: SeedResult;
const progress: Array<[number, number]> = [];

beforeAll(async () => {
  prisma = await db();
  result = await seed(prisma, {
    products: PRODUCTS,
    onProgress: (done, total) => progress.push([done, total]),
  });
}, 180_000); // opening a fresh database and hashing two passwords is slow on a busy machine

describe("seed", () => {
  it("builds a category tree of at least 12 categories, up to three levels deep", async () => {
    const categories = await prisma.category.findMany({ include: { parent: true } });
    expect(categories.length).toBeGreaterThanOrEqual(12);
    expect(result.categories).toBe(categories.length);
    for (const category of categories) {
      expect(category.path).toBe(
        category.parent ? `${category.parent.path}/${category.slug}` : category.slug,
      );
    }
    expect(categories.filter((c) => !c.parentId).length).toBeGreaterThanOrEqual(5);
    expect(Math.max(...categories.map((c) => c.path.split("/").length))).toBe(3);
    expect(categories.map((c) => c.path)).toContain("clothing/tops/t-shirts");
  });

  it("creates the requested number of products, each in a leaf category with options, variants and images", async () => {
    expect(result.products).toBe(PRODUCTS);
    expect(progress.at(-1)).toEqual([PRODUCTS, PRODUCTS]);
    const products = await prisma.product.findMany({
      include: {
        categories: { include: { category: { include: { children: true } } } },
        options: true,
        variants: true,
        images: true,
      },
    });
    expect(products).toHaveLength(PRODUCTS);
    expect(await prisma.variant.count()).toBe(result.variants);
    for (const product of products) {
      expect(product.categories).toHaveLength(1);
      expect(product.categories[0]!.category.children).toHaveLength(0);
      expect(product.brand).toBeTruthy();
      expect(product.tags.length).toBeGreaterThan(0);
      expect(product.description).toContain("### Details");
      expect(product.seoTitle && product.seoDescription).toBeTruthy();
      expect(product.options.map((o) => o.name)).toContain("Colour");
      expect(product.variants.length).toBeGreaterThan(0);
      expect(product.images.length).toBe(
        product.options.find((o) => o.name === "Colour")!.values.length,
      );
    }
    const statuses = new Set(products.map((p) => p.status));
    expect(statuses).toContain("DRAFT");
    expect(products.filter((p) => p.status === "ACTIVE").length).toBeGreaterThan(PRODUCTS * 0.9);
  });

  it('titles T-shirts "… T-Shirt" and files them under T-shirts', async () => {
    const tees = await prisma.product.findMany({
      where: { title: { endsWith: "T-Shirt" } },
      include: { categories: { include: { category: true } } },
    });
    expect(tees.length).toBeGreaterThan(0);
    for (const tee of tees) expect(tee.categories[0]!.category.slug).toBe("t-shirts");
  });

  it("gives every variant a unique SKU, a price in cents and options matching the product's", async () => {
    const variants = await prisma.variant.findMany({
      include: { product: { include: { options: true } }, image: true },
    });
    expect(new Set(variants.map((v) => v.sku)).size).toBe(variants.length);
    for (const variant of variants) {
      expect(Number.isInteger(variant.priceAmount) && variant.priceAmount > 0).toBe(true);
      expect(variant.currency).toBe("USD");
      if (variant.compareAtAmount !== null)
        expect(variant.compareAtAmount).toBeGreaterThan(variant.priceAmount);
      const options = variant.options as Record<string, string>;
      expect(Object.keys(options).sort()).toEqual(
        variant.product.options.map((o) => o.name).sort(),
      );
      for (const option of variant.product.options)
        expect(option.values).toContain(options[option.name]);
      // The variant shows its own colour's picture.
      expect(variant.image?.productId).toBe(variant.productId);
      expect(variant.image?.alt).toContain(options.Colour);
    }
    expect(variants.some((v) => v.compareAtAmount !== null)).toBe(true);
  });

  it("stocks every variant, with some sold out and some low, and the ledger sums to the stock", async () => {
    const levels = await prisma.inventoryLevel.findMany();
    expect(levels).toHaveLength(result.variants);
    expect(levels.every((l) => l.reserved === 0)).toBe(true);
    expect(levels.some((l) => l.onHand === 0)).toBe(true);
    expect(levels.some((l) => l.onHand > 0 && l.onHand <= l.lowStockThreshold)).toBe(true);
    const mismatches = await prisma.$queryRawUnsafe<unknown[]>(`
      SELECT v.id FROM "Variant" v
      LEFT JOIN "InventoryLevel" l ON l."variantId" = v.id
      LEFT JOIN (SELECT "variantId", SUM("onHandDelta") AS on_hand, SUM("reservedDelta") AS reserved
                 FROM "InventoryLedger" GROUP BY "variantId") s ON s."variantId" = v.id
      WHERE l."onHand" IS DISTINCT FROM COALESCE(s.on_hand, 0)::int OR l.reserved IS DISTINCT FROM COALESCE(s.reserved, 0)::int`);
    expect(mismatches).toEqual([]);
    const reasons = await prisma.inventoryLedger.groupBy({ by: ["reason"], _count: true });
    expect(reasons).toEqual([{ reason: "RECEIVED", _count: result.variants }]);
  });

  it("points every image at an 800×800 file that exists in public/", async () => {
    const images = await prisma.productImage.findMany();
    expect(images).toHaveLength(result.images);
    for (const image of images) {
      expect(image.url).toMatch(/^\/images\/products\/[a-z]+-[a-z]+\.svg$/);
      expect(existsSync(path.join(process.cwd(), "public", image.url)), image.url).toBe(true);
      expect([image.width, image.height]).toEqual([800, 800]);
      expect(image.alt.length).toBeGreaterThan(0);
    }
  });
});
