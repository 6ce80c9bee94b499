// From catalog rows to search documents, and the index following the catalog: single products,
// outbox events and the full reindex. Runs on the per-file test database (embedded or server).
import { beforeAll, describe, expect, it } from "vitest";
import { updateVariantPrice } from "@/lib/catalog";
import { db } from "@/lib/db";
import { dispatchBatch, HandlerRegistry, publish } from "@/lib/events";
import { request } from "./contract-fixtures";
import { loadSearchDocuments } from "./documents";
import { searchIndexHandler } from "./handlers";
import { PostgresSearchEngine } from "./postgres/engine";
import { catchUp, reindexAll, syncProducts } from "./sync";

const engine = new PostgresSearchEngine();
const ids = async (query: string) =>
  (await engine.search(request({ query }))).hits.map((h) => h.id);

async function product(
  slug: string,
  data: {
    title?: string;
    status?: "ACTIVE" | "DRAFT";
    variants: {
      price: number;
      compareAt?: number;
      onHand?: number;
      options?: Record<string, string>;
      status?: "ACTIVE" | "ARCHIVED";
    }[];
  },
) {
  const prisma = await db();
  const tees = await prisma.category.findUniqueOrThrow({
    where: { path: "clothing/tops/t-shirts" },
  });
  return prisma.product.create({
    data: {
      slug,
      title: data.title ?? slug,
      status: data.status ?? "ACTIVE",
      brand: "Northwind",
      tags: ["tee"],
      description: "A **soft** tee.\n\n- Organic cotton",
      publishedAt: new Date("2026-02-01T10:00:00Z"),
      categories: { create: [{ categoryId: tees.id }] },
      images: {
        create: [
          { url: `/i/${slug}-2.svg`, alt: "back", width: 800, height: 800, position: 1 },
          { url: `/i/${slug}.svg`, alt: "front", width: 800, height: 1000, position: 0 },
        ],
      },
      variants: {
        create: data.variants.map((v, i) => ({
          sku: `${slug}-${i}`,
          title: `v${i}`,
          priceAmount: v.price,
          compareAtAmount: v.compareAt ?? null,
          options: v.options ?? {},
          status: v.status ?? "ACTIVE",
          position: i,
          ...(v.onHand === undefined ? {} : { inventory: { create: { onHand: v.onHand } } }),
        })),
      },
    },
    select: { id: true, variants: { select: { id: true }, orderBy: { position: "asc" } } },
  });
}

let crew: Awaited<ReturnType<typeof product>>;
let draft: Awaited<ReturnType<typeof product>>;

beforeAll(async () => {
  const prisma = await db();
  const clothing = await prisma.category.create({
    data: { slug: "clothing", path: "clothing", name: "Clothing" },
  });
  const tops = await prisma.category.create({
    data: { slug: "tops", path: "clothing/tops", name: "Tops", parentId: clothing.id },
  });
  await prisma.category.create({
    data: { slug: "t-shirts", path: "clothing/tops/t-shirts", name: "T-shirts", parentId: tops.id },
  });
  await prisma.category.create({
    data: { slug: "clothing-sale", path: "clothing-sale", name: "Clothing sale" },
  });
  crew = await product("crew-neck-t-shirt", {
    title: "Crew Neck T-Shirt",
    variants: [
      { price: 2500, compareAt: 3000, onHand: 0, options: { Size: "M", Colour: "Navy" } },
      { price: 2700, compareAt: 2000, onHand: 4, options: { Size: "L", Colour: "Navy" } },
      { price: 900, onHand: 9, options: { Size: "XS", Colour: "Red" }, status: "ARCHIVED" },
    ],
  });
  draft = await product("draft-t-shirt", {
    status: "DRAFT",
    variants: [{ price: 1000, onHand: 1 }],
  });
  await product("no-variants-t-shirt", {
    variants: [{ price: 1000, onHand: 1, status: "ARCHIVED" }],
  });
  const today = new Date(new Date().toISOString().slice(0, 10));
  await prisma.productDailyStats.createMany({
    data: [
      { day: today, productId: crew.id, unitsSold: 3 },
      { day: new Date(today.getTime() - 40 * 86_400_000), productId: crew.id, unitsSold: 100 },
    ],
  });
});

describe("loadSearchDocuments", () => {
  it("shapes a product like its card, with ancestors, options and 30-day sales", async () => {
    const [document, ...rest] = await loadSearchDocuments(await db(), [
      crew.id,
      draft.id,
      "missing",
    ]);
    expect(rest).toEqual([]); // the draft and unknown ids have no document
    expect(document).toEqual({
      id: crew.id,
      slug: "crew-neck-t-shirt",
      title: "Crew Neck T-Shirt",
      description: "A soft tee. Organic cotton",
      brand: "Northwind",
      tags: ["tee"],
      publishedAt: "2026-02-01T10:00:00.000Z",
      // "clothing-sale" starts with "clothing" but is not below it.
      categoryPaths: ["clothing", "clothing/tops", "clothing/tops/t-shirts"],
      categoryNames: expect.arrayContaining(["Clothing", "Tops", "T-shirts"]),
      // Archived variants offer nothing: no XS, no Red, and their lower price does not count.
      options: ["Colour:Navy", "Size:L", "Size:M"],
      priceAmount: 2500,
      priceMaxAmount: 2700,
      currency: "USD",
      compareAtAmount: 3000,
      inStock: true,
      image: { url: "/i/crew-neck-t-shirt.svg", alt: "front", width: 800, height: 1000 },
      salesCount: 3,
    });
    expect(document?.categoryNames).toHaveLength(3);
  });
});

describe("keeping the index current", () => {
  it("syncs products in and out", async () => {
    expect(await syncProducts(engine, await db(), [crew.id, draft.id])).toEqual({
      indexed: 1,
      removed: 1,
    });
    expect(await ids("crew")).toEqual([crew.id]);
  });

  it("follows a price change through the outbox", async () => {
    // The catalog's own command: it changes the price and publishes PriceChanged together.
    await updateVariantPrice({ variantId: crew.variants[0]!.id, amount: 1500 });
    const registry = new HandlerRegistry();
    registry.register(searchIndexHandler(() => engine));
    expect(await dispatchBatch({ workerId: "test", registry })).toMatchObject({ done: 1 });
    const [hit] = (await engine.search(request({ query: "crew" }))).hits;
    expect(hit?.price).toEqual({ amount: 1500, currency: "USD" });
    expect(hit?.compareAt).toEqual({ amount: 3000, currency: "USD" });
  });

  it("drops an archived product when its event arrives", async () => {
    const prisma = await db();
    await prisma.$transaction(async (tx) => {
      await tx.product.update({ where: { id: crew.id }, data: { status: "ARCHIVED" } });
      await publish(tx, {
        type: "ProductChanged",
        aggregateType: "Product",
        aggregateId: crew.id,
        payload: { productId: crew.id, change: "archived" },
      });
    });
    const registry = new HandlerRegistry();
    registry.register(searchIndexHandler(() => engine));
    await dispatchBatch({ workerId: "test", registry });
    expect(await ids("crew")).toEqual([]);
    await prisma.product.update({ where: { id: crew.id }, data: { status: "ACTIVE" } });
  });

  it("rebuilds everything with progress, removing what is no longer sold", async () => {
    await engine.index([
      { ...(await loadSearchDocuments(await db(), [crew.id]))[0]!, id: "stale", slug: "stale" },
    ]);
    const progress: [number, number][] = [];
    const result = await reindexAll(engine, await db(), {
      batchSize: 1,
      onProgress: (done, total) => progress.push([done, total]),
    });
    // Two ACTIVE products; the one without an active variant is read but not indexed.
    expect(result).toEqual({ indexed: 1, removed: 1, total: 2 });
    expect(progress).toEqual([
      [0, 2],
      [1, 2],
      [2, 2],
    ]);
    expect(await engine.count()).toBe(1);
    expect(await ids("tshrit")).toEqual([crew.id]);
  });

  it("catches up with catalog rows written without events (a seed), and only with those", async () => {
    expect(await catchUp(engine, await db())).toBe(0);
    const [crewDocument] = await loadSearchDocuments(await db(), [crew.id]);
    await engine.index([{ ...crewDocument!, id: "ghost", slug: "ghost", title: "Ghost Tee" }]);
    const seeded = await product("seeded-t-shirt", {
      title: "Seeded Henley T-Shirt",
      variants: [{ price: 1900, onHand: 2 }],
    });
    expect(await ids("henley")).toEqual([]);
    expect(await catchUp(engine, await db())).toBe(2);
    expect(await ids("henley")).toEqual([seeded.id]);
    expect(await ids("ghost")).toEqual([]);
  });
});
