// Listings against a real database: scope, filters (one variant must satisfy them all), sorts,
// facet counts and pages. See testing.ts for the catalog.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseListingParams, type ListingFilters, type ListingSort } from "./listing-params";
import { listProducts } from "./queries";
import { createProduct, seedFixtureCatalog } from "./testing";

const noFilters: ListingFilters = { brands: [], tags: [], options: {}, inStock: false };
const list = (
  categoryPath: string | undefined,
  filters: Partial<ListingFilters> = {},
  sort: ListingSort = "relevance",
  page = 1,
) =>
  listProducts({
    ...(categoryPath ? { categoryPath } : {}),
    filters: { ...noFilters, ...filters },
    sort,
    page,
  });
const slugs = async (...args: Parameters<typeof list>) =>
  (await list(...args)).products.map((p) => p.slug);
let categories: Map<string, string>;

beforeAll(async () => {
  ({ categories } = await seedFixtureCatalog());
  const prisma = await db();
  const [black, white, grey] = await Promise.all(
    ["black-tee", "white-tee", "grey-hoodie"].map((slug) =>
      prisma.product.findUniqueOrThrow({ where: { slug } }),
    ),
  );
  const today = new Date(new Date().toISOString().slice(0, 10));
  await prisma.productDailyStats.createMany({
    data: [
      { day: today, productId: black!.id, unitsSold: 10 },
      { day: today, productId: white!.id, unitsSold: 3 },
      // Outside the 30-day window: does not count.
      { day: new Date(today.getTime() - 40 * 86_400_000), productId: grey!.id, unitsSold: 50 },
    ],
  });
});

describe("scope", () => {
  it("lists ACTIVE products with an active variant in the category and below it", async () => {
    expect(new Set(await slugs("clothing"))).toEqual(
      new Set(["navy-tee", "white-tee", "grey-hoodie", "black-tee"]),
    );
    expect(new Set(await slugs("clothing/tops/t-shirts"))).toEqual(
      new Set(["navy-tee", "white-tee", "black-tee"]),
    );
    expect(await slugs("home")).toEqual(["blue-mug"]); // retired-mug has no active variant
    expect(await slugs(undefined)).toHaveLength(5);
    expect(await slugs("nowhere")).toEqual([]);
  });

  it("does not treat a path prefix as a parent ('clothing' is not 'clothing-sale')", async () => {
    const extra = new Map(categories);
    const prisma = await db();
    extra.set(
      "clothing-sale",
      (
        await prisma.category.create({
          data: { slug: "clothing-sale", path: "clothing-sale", name: "Sale" },
        })
      ).id,
    );
    await createProduct(extra, {
      slug: "sale-sock",
      category: "clothing-sale",
      day: 1,
      variants: [{ options: { Colour: "Red" }, price: 100, stock: 1 }],
    });
    expect(await slugs("clothing")).not.toContain("sale-sock");
    expect(await slugs("clothing-sale")).toEqual(["sale-sock"]);
  });
});

describe("sorting", () => {
  it("orders by merchandising position, price both ways, newest and best-selling", async () => {
    expect(await slugs("clothing/tops/t-shirts", {}, "relevance")).toEqual([
      "white-tee",
      "black-tee",
      "navy-tee",
    ]);
    // black-tee's archived $5 variant does not make it the cheapest.
    expect(await slugs("clothing", {}, "price-asc")).toEqual([
      "white-tee",
      "navy-tee",
      "black-tee",
      "grey-hoodie",
    ]);
    expect(await slugs("clothing", {}, "price-desc")).toEqual([
      "grey-hoodie",
      "black-tee",
      "navy-tee",
      "white-tee",
    ]);
    expect(await slugs("clothing", {}, "newest")).toEqual([
      "grey-hoodie",
      "navy-tee",
      "white-tee",
      "black-tee",
    ]);
    expect(await slugs("clothing", {}, "best-selling")).toEqual([
      "black-tee",
      "white-tee",
      "grey-hoodie",
      "navy-tee",
    ]);
  });
});

describe("filters", () => {
  it("needs one variant to satisfy every variant filter at once", async () => {
    expect(new Set(await slugs("clothing", { options: { Size: ["M"] } }))).toEqual(
      new Set(["navy-tee", "white-tee", "grey-hoodie", "black-tee"]),
    );
    expect(new Set(await slugs("clothing", { options: { Size: ["M"] }, inStock: true }))).toEqual(
      new Set(["navy-tee", "grey-hoodie", "black-tee"]),
    );
    // navy-tee has a Navy variant and an in-stock M, but its Navy M is sold out.
    expect(
      await slugs("clothing", { options: { Colour: ["Navy"], Size: ["M"] }, inStock: true }),
    ).toEqual([]);
    expect(new Set(await slugs("clothing", { options: { Size: ["L", "XL"] } }))).toEqual(
      new Set(["navy-tee", "white-tee", "grey-hoodie"]),
    );
  });

  it("filters by price range in major units and shows the cheapest matching price", async () => {
    const listing = await list("clothing", { priceMin: 21, priceMax: 25 });
    expect(listing.products.map((p) => [p.slug, p.price.amount])).toEqual([["navy-tee", 2200]]);
    expect(
      (await list("clothing", { priceMin: 20, priceMax: 20 })).products.map((p) => [
        p.slug,
        p.price.amount,
      ]),
    ).toEqual([["navy-tee", 2000]]);
  });

  it("filters by brand and tag (any of the values)", async () => {
    expect(new Set(await slugs("clothing", { brands: ["Northwind"] }))).toEqual(
      new Set(["navy-tee", "grey-hoodie"]),
    );
    expect(new Set(await slugs(undefined, { tags: ["sale", "mug"] }))).toEqual(
      new Set(["navy-tee", "blue-mug"]),
    );
    expect(await slugs("clothing", { brands: ["Northwind"], tags: ["new"] })).toEqual([
      "grey-hoodie",
    ]);
  });

  it("reads the same filters from a shared address", async () => {
    const { params } = parseListingParams(
      new URLSearchParams(
        "opt.Size=M&in_stock=1&sort=price-asc&brand=Northwind&brand=Common+Thread",
      ),
    );
    const listing = await listProducts({ categoryPath: "clothing", ...params });
    expect(listing.products.map((p) => p.slug)).toEqual(["navy-tee", "black-tee", "grey-hoodie"]);
  });
});

describe("facets", () => {
  it("counts each group with every filter but its own", async () => {
    const { facets, total } = await list("clothing", { options: { Size: ["M"] } });
    expect(total).toBe(4);
    const size = facets.options.find((o) => o.name === "Size")!.values;
    expect(size).toEqual([
      { value: "S", count: 1 },
      { value: "M", count: 4 },
      { value: "L", count: 2 },
      { value: "XL", count: 1 },
    ]);
    const colour = facets.options.find((o) => o.name === "Colour")!.values;
    expect(colour).toEqual([
      { value: "Black", count: 1 },
      { value: "Grey", count: 1 },
      { value: "Navy", count: 1 },
      { value: "White", count: 2 },
    ]);
    expect(facets.options.map((o) => o.name)).toEqual(["Colour", "Size"]);
    expect(facets.brands).toEqual([
      { value: "Common Thread", count: 1 },
      { value: "Fieldcraft", count: 1 },
      { value: "Northwind", count: 2 },
    ]);
    expect(facets.inStock).toBe(3);
    expect(facets.price).toEqual({ min: 1500, max: 6000, currency: "USD" }); // white-tee M, grey-hoodie M
  });

  it("keeps a selected value listed with 0 when nothing matches it, and counts price without the price filter", async () => {
    const { facets, products } = await list("clothing", {
      options: { Size: ["XXS"] },
      brands: ["Nobody"],
      priceMin: 1,
      priceMax: 2,
    });
    expect(products).toEqual([]);
    expect(facets.options.find((o) => o.name === "Size")!.values).toContainEqual({
      value: "XXS",
      count: 0,
    });
    expect(facets.brands).toContainEqual({ value: "Nobody", count: 0 });
  });

  it("lists tags by count, selected first", async () => {
    const { facets } = await list("clothing", { tags: ["new"] });
    expect(facets.tags[0]).toEqual({ value: "new", count: 1 });
    expect(facets.tags).toContainEqual({ value: "tee", count: 3 });
  });
});

describe("pages", () => {
  it("pages through results 24 at a time and reports totals past the last page", async () => {
    const prisma = await db();
    const kitchen = categories.get("home/kitchen")!;
    for (let i = 0; i < 26; i++) {
      await createProduct(categories, {
        slug: `cup-${String(i).padStart(2, "0")}`,
        category: "home/kitchen",
        day: 10 + i,
        variants: [{ options: { Colour: "Red" }, price: 500 + i, stock: 1 }],
      });
    }
    expect(await prisma.productCategory.count({ where: { categoryId: kitchen } })).toBe(28);
    const first = await list("home/kitchen", {}, "price-asc", 1);
    const second = await list("home/kitchen", {}, "price-asc", 2);
    expect(first).toMatchObject({ total: 27, pageCount: 2, pageSize: 24, page: 1 });
    expect(first.products).toHaveLength(24);
    expect(second.products.map((p) => p.slug)).toEqual(["cup-24", "cup-25", "blue-mug"]);
    expect(await list("home/kitchen", {}, "price-asc", 9)).toMatchObject({
      products: [],
      total: 27,
      pageCount: 2,
    });
  });

  it("returns plain objects", async () => {
    const listing = await list("clothing");
    expect(JSON.parse(JSON.stringify(listing))).toEqual(listing);
    expect(listing.products.find((p) => p.slug === "navy-tee")).toMatchObject({
      brand: "Northwind",
      image: {
        url: "/images/products/navy-tee-Navy.svg",
        alt: "navy-tee in Navy",
        width: 800,
        height: 800,
      },
      price: { amount: 2000, currency: "USD" },
      compareAt: null,
      inStock: true,
    });
    expect(listing.products.find((p) => p.slug === "white-tee")?.inStock).toBe(false);
  });
});
