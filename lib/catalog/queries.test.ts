// Catalog reads against a real (fresh, migrated) database: see test/setup-db.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getCategoryTree, getFeaturedProducts } from "./index";

type VariantSeed = {
  sku: string;
  price: number;
  compareAt?: number;
  onHand?: number;
  reserved?: number;
  status?: "ACTIVE" | "ARCHIVED";
};

async function createProduct(
  slug: string,
  status: "ACTIVE" | "DRAFT" | "ARCHIVED",
  publishedAt: Date | null,
  variants: VariantSeed[],
) {
  const prisma = await db();
  return prisma.product.create({
    data: {
      slug,
      title: slug.replace(/-/g, " "),
      status,
      publishedAt,
      images: {
        create: [
          {
            url: `/images/products/${slug}-2.svg`,
            alt: `${slug} back`,
            width: 800,
            height: 800,
            position: 1,
          },
          {
            url: `/images/products/${slug}.svg`,
            alt: `${slug} front`,
            width: 800,
            height: 1000,
            position: 0,
          },
        ],
      },
      variants: {
        create: variants.map((v) => ({
          sku: v.sku,
          title: v.sku,
          priceAmount: v.price,
          compareAtAmount: v.compareAt ?? null,
          status: v.status ?? "ACTIVE",
          // strictUndefinedChecks: leave the key out rather than passing undefined.
          ...(v.onHand === undefined
            ? {}
            : { inventory: { create: { onHand: v.onHand, reserved: v.reserved ?? 0 } } }),
        })),
      },
    },
  });
}

beforeAll(async () => {
  const prisma = await db();
  const clothing = await prisma.category.create({
    data: { slug: "clothing", path: "clothing", name: "Clothing", position: 1 },
  });
  await prisma.category.create({ data: { slug: "home", path: "home", name: "Home", position: 0 } });
  await prisma.category.create({
    data: {
      slug: "t-shirts",
      path: "clothing/t-shirts",
      name: "T-shirts",
      parentId: clothing.id,
      position: 2,
    },
  });
  await prisma.category.create({
    data: {
      slug: "hoodies",
      path: "clothing/hoodies",
      name: "Hoodies",
      parentId: clothing.id,
      position: 1,
    },
  });

  const day = (n: number) => new Date(Date.UTC(2026, 0, n));
  await createProduct("old-tee", "ACTIVE", day(1), [{ sku: "OLD-1", price: 1500, onHand: 3 }]);
  await createProduct("new-hoodie", "ACTIVE", day(5), [
    { sku: "NH-M", price: 5900, compareAt: 7900, onHand: 2, reserved: 2 },
    { sku: "NH-L", price: 4900, compareAt: 4500, onHand: 0 },
    { sku: "NH-XL", price: 2900, status: "ARCHIVED", onHand: 50 },
  ]);
  await createProduct("mid-mug", "ACTIVE", day(3), [
    { sku: "MUG-1", price: 1200, compareAt: 1800, onHand: 5, reserved: 1 },
  ]);
  await createProduct("draft-cap", "DRAFT", day(9), [{ sku: "CAP-1", price: 900, onHand: 9 }]);
  await createProduct("archived-sock", "ARCHIVED", day(8), [
    { sku: "SOCK-1", price: 500, onHand: 9 },
  ]);
  await createProduct("untracked-scarf", "ACTIVE", day(2), [{ sku: "SCARF-1", price: 2500 }]);
});

describe("getCategoryTree", () => {
  it("returns roots with their children, each level ordered by position", async () => {
    const tree = await getCategoryTree();
    expect(tree.map((c) => c.path)).toEqual(["home", "clothing"]);
    expect(tree[1]?.children.map((c) => c.path)).toEqual(["clothing/hoodies", "clothing/t-shirts"]);
    expect(tree[0]?.children).toEqual([]);
    expect(tree[1]).toMatchObject({ name: "Clothing", slug: "clothing" });
  });
});

describe("getFeaturedProducts", () => {
  it("lists only ACTIVE products, newest first", async () => {
    const products = await getFeaturedProducts(10);
    expect(products.map((p) => p.slug)).toEqual([
      "new-hoodie",
      "mid-mug",
      "untracked-scarf",
      "old-tee",
    ]);
  });

  it("honours the limit", async () => {
    expect((await getFeaturedProducts(2)).map((p) => p.slug)).toEqual(["new-hoodie", "mid-mug"]);
    expect(await getFeaturedProducts(0)).toEqual([]);
  });

  it("shows the first image and the lowest active price, with compare-at only when higher", async () => {
    const [hoodie, mug] = await getFeaturedProducts(2);
    expect(hoodie).toMatchObject({
      title: "new hoodie",
      image: {
        url: "/images/products/new-hoodie.svg",
        alt: "new-hoodie front",
        width: 800,
        height: 1000,
      },
      // The archived $29 variant is ignored; the $49 one is cheapest, its compare-at is lower.
      price: { amount: 4900, currency: "USD" },
      compareAt: null,
    });
    expect(mug).toMatchObject({
      price: { amount: 1200, currency: "USD" },
      compareAt: { amount: 1800, currency: "USD" },
    });
  });

  it("flags stock from on hand minus reserved", async () => {
    const bySlug = new Map((await getFeaturedProducts(10)).map((p) => [p.slug, p.inStock]));
    expect(bySlug.get("new-hoodie")).toBe(false); // all reserved or empty; archived stock does not count
    expect(bySlug.get("mid-mug")).toBe(true);
    expect(bySlug.get("untracked-scarf")).toBe(false);
    expect(bySlug.get("old-tee")).toBe(true);
  });

  it("returns plain objects", async () => {
    const [product] = await getFeaturedProducts(1);
    expect(JSON.parse(JSON.stringify(product))).toEqual(product);
  });
});
