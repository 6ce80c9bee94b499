// The product page's reads: only what a shopper may buy, with live availability; categories
// with their breadcrumb; related products; the sitemap's entries.
import { beforeAll, describe, expect, it } from "vitest";
import { clearMemoryCache } from "@/lib/cache";
import { db } from "@/lib/db";
import { getCategoryByPath, getProductBySlug, getRelatedProducts } from "./queries";
import { sitemapCount, sitemapEntries } from "./sitemap";
import { seedFixtureCatalog } from "./testing";

beforeAll(async () => {
  await seedFixtureCatalog();
});

describe("getProductBySlug", () => {
  it("returns the product with images, options, active variants in order and available stock", async () => {
    const product = await getProductBySlug("navy-tee");
    expect(product).toMatchObject({
      slug: "navy-tee",
      title: "navy tee",
      brand: "Northwind",
      description: "The **navy-tee**.\n\n- Soft\n- Strong",
      tags: ["tee", "sale"],
      options: [
        { name: "Colour", values: ["Navy", "White"] },
        { name: "Size", values: ["S", "M", "L"] },
      ],
      breadcrumb: [
        { name: "Clothing", path: "clothing" },
        { name: "Tops", path: "clothing/tops" },
        { name: "T Shirts", path: "clothing/tops/t-shirts" },
      ],
    });
    expect(product!.images.map((i) => i.alt)).toEqual(["navy-tee in Navy", "navy-tee in White"]);
    expect(product!.variants.map((v) => [v.title, v.price.amount, v.available])).toEqual([
      ["Navy / S", 2000, 5],
      ["Navy / M", 2000, 0],
      ["Navy / L", 2200, 3],
      ["White / S", 2000, 0],
      ["White / M", 2000, 4],
    ]);
    const whiteM = product!.variants[4]!;
    expect(whiteM).toMatchObject({
      options: { Colour: "White", Size: "M" },
      compareAt: { amount: 2600, currency: "USD" },
    });
    expect(whiteM.imageId).toBe(product!.images[1]!.id);
    expect(JSON.parse(JSON.stringify(product))).toEqual(product);
  });

  it("subtracts reserved units and hides archived variants and their option values", async () => {
    const prisma = await db();
    const navyS = await prisma.variant.findUniqueOrThrow({ where: { sku: "NAVY-TEE-0" } });
    await prisma.inventoryLevel.update({ where: { variantId: navyS.id }, data: { reserved: 2 } });
    // Reads are cached until an event expires them (see price-change-cache.test.ts).
    expect((await getProductBySlug("navy-tee"))!.variants[0]!.available).toBe(5);
    clearMemoryCache();
    expect((await getProductBySlug("navy-tee"))!.variants[0]!.available).toBe(3);
    const black = await getProductBySlug("black-tee");
    expect(black!.variants.map((v) => v.title)).toEqual(["Black / M"]);
    expect(black!.options).toEqual([
      { name: "Colour", values: ["Black"] },
      { name: "Size", values: ["M"] },
    ]);
  });

  it("has no page for drafts, unknown slugs or products with nothing to sell", async () => {
    expect(await getProductBySlug("draft-tee")).toBeNull();
    expect(await getProductBySlug("no-such-thing")).toBeNull();
    expect(await getProductBySlug("retired-mug")).toBeNull();
  });
});

describe("getRelatedProducts", () => {
  it("lists other sellable products of the category, in stock first", async () => {
    const navy = await getProductBySlug("navy-tee");
    const related = await getRelatedProducts({
      productId: navy!.id,
      categoryPath: "clothing/tops/t-shirts",
    });
    expect(related.map((p) => [p.slug, p.inStock])).toEqual([
      ["black-tee", true],
      ["white-tee", false],
    ]);
    expect(
      await getRelatedProducts({
        productId: navy!.id,
        categoryPath: "clothing/tops/t-shirts",
        limit: 1,
      }),
    ).toHaveLength(1);
  });
});

describe("getCategoryByPath", () => {
  it("returns the category with its ancestors and children", async () => {
    expect(await getCategoryByPath("clothing/tops/t-shirts")).toMatchObject({
      name: "T Shirts",
      ancestors: [
        { name: "Clothing", path: "clothing" },
        { name: "Tops", path: "clothing/tops" },
      ],
      children: [],
    });
    expect((await getCategoryByPath("clothing"))?.children).toEqual([
      { name: "Tops", path: "clothing/tops" },
    ]);
    expect(await getCategoryByPath("clothing/nope")).toBeNull();
  });
});

describe("sitemap", () => {
  it("lists categories and sellable products only", async () => {
    expect(await sitemapCount()).toBe(1);
    const paths = (await sitemapEntries(0)).map((e) => e.path);
    expect(paths.filter((p) => p.startsWith("/c/"))).toHaveLength(6);
    expect(paths.filter((p) => p.startsWith("/p/")).sort()).toEqual([
      "/p/black-tee",
      "/p/blue-mug",
      "/p/grey-hoodie",
      "/p/navy-tee",
      "/p/white-tee",
    ]);
    expect(await sitemapEntries(1)).toEqual([]);
  });
});
