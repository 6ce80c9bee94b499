// The catalog's facts for a search index, against a real (fresh, migrated) database: the card
// rules (cheapest active variant, compare-at only when higher, stock net of reservations) and
// which products are findable at all.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  activeProductIds,
  countActiveProducts,
  countIndexableProducts,
  indexableProductIdsSql,
  loadIndexDocuments,
} from "./index";

type VariantSeed = {
  price: number;
  compareAt?: number;
  onHand?: number;
  reserved?: number;
  status?: "ACTIVE" | "ARCHIVED";
  options?: Record<string, string>;
};

async function product(slug: string, status: "ACTIVE" | "DRAFT", variants: VariantSeed[]) {
  const prisma = await db();
  const hoodies = await prisma.category.findUniqueOrThrow({ where: { path: "clothing/hoodies" } });
  return prisma.product.create({
    data: {
      slug,
      title: slug,
      status,
      brand: "Northwind",
      tags: ["warm"],
      description: "A **warm** hoodie.",
      publishedAt: new Date("2026-03-01T09:30:00Z"),
      categories: { create: [{ categoryId: hoodies.id }] },
      images: {
        create: [{ url: `/i/${slug}.svg`, alt: "front", width: 800, height: 1000, position: 0 }],
      },
      variants: {
        create: variants.map((v, i) => ({
          sku: `${slug}-${i}`,
          title: `v${i}`,
          priceAmount: v.price,
          compareAtAmount: v.compareAt ?? null,
          options: v.options ?? {},
          status: v.status ?? "ACTIVE",
          position: i,
          ...(v.onHand === undefined
            ? {}
            : { inventory: { create: { onHand: v.onHand, reserved: v.reserved ?? 0 } } }),
        })),
      },
    },
    select: { id: true },
  });
}

let held: { id: string };
let cheaperCompare: { id: string };
let unrecorded: { id: string };
let draft: { id: string };
let archivedOnly: { id: string };

beforeAll(async () => {
  const prisma = await db();
  const clothing = await prisma.category.create({
    data: { slug: "clothing", path: "clothing", name: "Clothing" },
  });
  await prisma.category.create({
    data: { slug: "hoodies", path: "clothing/hoodies", name: "Hoodies", parentId: clothing.id },
  });
  // Every unit of the only stocked variant is reserved: nothing left to sell.
  held = await product("held-hoodie", "ACTIVE", [
    { price: 5900, compareAt: 7900, onHand: 2, reserved: 2, options: { Size: "M" } },
    { price: 6900, onHand: 0, options: { Size: "L" } },
    { price: 1000, onHand: 9, status: "ARCHIVED", options: { Size: "XS" } },
  ]);
  cheaperCompare = await product("cheap-compare-hoodie", "ACTIVE", [
    { price: 4900, compareAt: 4500, onHand: 3, reserved: 1 },
  ]);
  unrecorded = await product("unrecorded-hoodie", "ACTIVE", [{ price: 3900 }]);
  draft = await product("draft-hoodie", "DRAFT", [{ price: 1000, onHand: 1 }]);
  archivedOnly = await product("archived-variants-hoodie", "ACTIVE", [
    { price: 1000, onHand: 1, status: "ARCHIVED" },
  ]);
  const today = new Date(new Date().toISOString().slice(0, 10));
  await prisma.productDailyStats.createMany({
    data: [
      { day: today, productId: held.id, unitsSold: 4 },
      { day: new Date(today.getTime() - 40 * 86_400_000), productId: held.id, unitsSold: 100 },
    ],
  });
});

describe("loadIndexDocuments", () => {
  it("gives a product's facts by the card rules, the description as written", async () => {
    const [document] = await loadIndexDocuments(await db(), [held.id]);
    expect(document).toEqual({
      id: held.id,
      slug: "held-hoodie",
      title: "held-hoodie",
      description: "A **warm** hoodie.",
      brand: "Northwind",
      tags: ["warm"],
      publishedAt: "2026-03-01T09:30:00.000Z",
      categoryPaths: ["clothing", "clothing/hoodies"],
      categoryNames: expect.arrayContaining(["Clothing", "Hoodies"]),
      // The archived XS neither offers its size nor lowers the price.
      options: ["Size:L", "Size:M"],
      priceAmount: 5900,
      priceMaxAmount: 6900,
      currency: "USD",
      compareAtAmount: 7900,
      inStock: false,
      image: { url: "/i/held-hoodie.svg", alt: "front", width: 800, height: 1000 },
      salesCount: 4,
    });
  });

  it("drops a compare-at price below the price, and counts stock net of reservations", async () => {
    const [document] = await loadIndexDocuments(await db(), [cheaperCompare.id]);
    expect(document).toMatchObject({
      compareAtAmount: null,
      inStock: true,
      salesCount: 0,
      options: [],
    });
  });

  it("treats a variant without a stock record as out of stock", async () => {
    const [document] = await loadIndexDocuments(await db(), [unrecorded.id]);
    expect(document).toMatchObject({ inStock: false, priceAmount: 3900 });
  });

  it("leaves out drafts, products with nothing to sell and unknown ids", async () => {
    const documents = await loadIndexDocuments(await db(), [
      draft.id,
      archivedOnly.id,
      "missing",
      unrecorded.id,
    ]);
    expect(documents.map((d) => d.id)).toEqual([unrecorded.id]);
    expect(await loadIndexDocuments(await db(), [])).toEqual([]);
  });
});

describe("which products an index holds", () => {
  it("counts and lists them the same way", async () => {
    const prisma = await db();
    const rows = await prisma.$queryRaw<{ id: string }[]>(
      Prisma.sql`${indexableProductIdsSql()} ORDER BY 1`,
    );
    expect(rows.map((r) => r.id)).toEqual([held.id, cheaperCompare.id, unrecorded.id].sort());
    expect(await countIndexableProducts(prisma)).toBe(3);
    // Active ones include the product whose variants are all archived: a reindex reads and drops it.
    expect(await countActiveProducts(prisma)).toBe(4);
    const first = await activeProductIds(prisma, null, 2);
    const rest = await activeProductIds(prisma, first.at(-1)!, 10);
    expect([...first, ...rest]).toEqual(
      [held.id, cheaperCompare.id, unrecorded.id, archivedOnly.id].sort(),
    );
  });
});
