// The bitmaps must say exactly what the documents say. A few hundred generated documents are
// indexed one batch at a time, changed, deleted and indexed past the bitmaps' first capacity;
// then every answer (price ranges, facet counts, matches, sorted pages) is checked against plain
// SQL over the documents, and the incrementally kept bitmaps against a full rebuild.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SearchDocument, SearchFilters, SearchSort } from "../types";
import { PostgresSearchEngine } from "./engine";

const BRANDS = ["Northwind", "Fieldcraft", "Hearth"];
const COLOURS = ["Navy", "White", "Black"];
const WORDS = ["linen", "wool", "canvas", "leather", "cotton"];

/** A deterministic pseudo-random sequence, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function documents(count: number, next: () => number, prefix = "p"): SearchDocument[] {
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const word = pick(WORDS);
    const colours = COLOURS.filter(() => next() < 0.5);
    return {
      id: `${prefix}${String(i).padStart(5, "0")}`,
      slug: `${prefix}-${i}`,
      title: `${word} ${pick(["shirt", "bag", "cap"])}`,
      description: `Made of ${pick(WORDS)}.`,
      brand: next() < 0.9 ? pick(BRANDS) : null,
      tags: next() < 0.3 ? ["sale"] : [],
      categoryPaths: next() < 0.5 ? ["clothing"] : ["home"],
      categoryNames: [],
      options: colours.map((c) => `Colour:${c}`),
      // Some prices far apart, some equal, some on powers of two, to exercise every bit.
      priceAmount: pick([
        0,
        1,
        255,
        256,
        1000,
        1024,
        4999,
        5000,
        65535,
        65536,
        2_000_000,
        Math.floor(next() * 100_000),
      ]),
      priceMaxAmount: 0,
      currency: "USD",
      compareAtAmount: null,
      inStock: next() < 0.7,
      image: null,
      publishedAt: new Date(Date.UTC(2026, 0, 1 + Math.floor(next() * 300))).toISOString(),
      salesCount: Math.floor(next() * 50),
    };
  });
}

const engine = new PostgresSearchEngine();
let indexed: SearchDocument[] = [];

beforeAll(async () => {
  const next = random(7);
  // 9000 documents: past the first 8192-document capacity, so the bitmaps must grow.
  const all = documents(9000, next);
  for (let i = 0; i < all.length; i += 1500) await engine.index(all.slice(i, i + 1500));
  // Change some (new words, prices, stock) and delete others, one small batch at a time.
  const changed = documents(300, random(8)).map((d, i) => ({
    ...d,
    id: all[i * 7]!.id,
    slug: all[i * 7]!.slug,
  }));
  for (let i = 0; i < changed.length; i += 50) await engine.index(changed.slice(i, i + 50));
  const deleted = all.filter((_, i) => i % 11 === 3).map((d) => d.id);
  await engine.delete(deleted);
  const byId = new Map(all.map((d) => [d.id, d]));
  for (const d of changed) byId.set(d.id, d);
  for (const id of deleted) byId.delete(id);
  indexed = [...byId.values()];
}, 600_000);

/** What plain SQL says about the documents for these filters (no text). */
function expected(filters: SearchFilters) {
  const passes = (d: SearchDocument, skip?: string) =>
    (skip === "price" ||
      ((filters.priceMin ?? 0) <= d.priceAmount &&
        d.priceAmount <= (filters.priceMax ?? Infinity))) &&
    (skip === "brand" ||
      !filters.brands ||
      (d.brand !== null && filters.brands.includes(d.brand))) &&
    (skip === "stock" || !filters.inStock || d.inStock) &&
    (skip === "option:Colour" ||
      !filters.options?.Colour ||
      d.options.some((o) => filters.options!.Colour!.includes(o.slice(7))));
  const matches = indexed.filter((d) => passes(d));
  const brands = new Map<string, number>();
  for (const d of indexed.filter((d) => passes(d, "brand")))
    if (d.brand) brands.set(d.brand, (brands.get(d.brand) ?? 0) + 1);
  const colours = new Map<string, number>();
  for (const d of indexed.filter((d) => passes(d, "option:Colour")))
    for (const o of d.options) colours.set(o.slice(7), (colours.get(o.slice(7)) ?? 0) + 1);
  const priced = indexed.filter((d) => passes(d, "price")).map((d) => d.priceAmount);
  return {
    total: matches.length,
    ids: matches.map((d) => d.id),
    brands: Object.fromEntries(brands),
    colours: Object.fromEntries(colours),
    inStock: indexed.filter((d) => passes(d, "stock") && d.inStock).length,
    price: priced.length ? { min: Math.min(...priced), max: Math.max(...priced) } : null,
  };
}

describe("search bitmaps", () => {
  const cases: SearchFilters[] = [
    {},
    { priceMin: 256, priceMax: 65535 },
    { priceMin: 0, priceMax: 0 },
    { priceMin: 1024 },
    { priceMax: 4999, inStock: true },
    { brands: ["Hearth", "Fieldcraft"], options: { Colour: ["Navy"] } },
    {
      priceMin: 1000,
      priceMax: 2_000_000,
      brands: ["Northwind"],
      inStock: true,
      options: { Colour: ["White", "Black"] },
    },
  ];

  it.each(cases.map((filters) => [JSON.stringify(filters), filters] as const))(
    "counts like plain SQL for %s",
    async (_, filters) => {
      const want = expected(filters);
      const result = await engine.search({
        query: "",
        filters,
        sort: "price-asc",
        page: 1,
        pageSize: 10_000,
      });
      expect(result.total).toBe(want.total);
      expect(result.hits.map((h) => h.id).sort()).toEqual([...want.ids].sort());
      expect(Object.fromEntries(result.facets.brands.map((f) => [f.value, f.count]))).toEqual(
        want.brands,
      );
      expect(
        Object.fromEntries(
          result.facets.options
            .find((o) => o.name === "Colour")
            ?.values.map((f) => [f.value, f.count]) ?? [],
        ),
      ).toEqual(want.colours);
      expect(result.facets.inStock).toBe(want.inStock);
      expect(result.facets.price).toEqual(want.price);
    },
  );

  it.each<[SearchSort, (a: SearchDocument, b: SearchDocument) => number]>([
    ["price-asc", (a, b) => a.priceAmount - b.priceAmount || (a.id < b.id ? -1 : 1)],
    ["price-desc", (a, b) => b.priceAmount - a.priceAmount || (a.id < b.id ? -1 : 1)],
    ["newest", (a, b) => b.publishedAt.localeCompare(a.publishedAt) || (a.id < b.id ? -1 : 1)],
  ])("pages through many matches and few in %s order", async (sort, compare) => {
    for (const filters of [
      { inStock: true },
      { priceMin: 0, priceMax: 1 },
    ] satisfies SearchFilters[]) {
      const ids = new Set(expected(filters).ids);
      const want = indexed
        .filter((d) => ids.has(d.id))
        .sort(compare)
        .map((d) => d.id);
      for (const page of [1, 2, 7]) {
        const result = await engine.search({ query: "", filters, sort, page, pageSize: 24 });
        expect(result.hits.map((h) => h.id)).toEqual(want.slice((page - 1) * 24, page * 24));
      }
    }
  });

  it("matches words like the documents do, title matches first", async () => {
    const result = await engine.search({
      query: "leather",
      filters: {},
      sort: "relevance",
      page: 1,
      pageSize: 10_000,
    });
    const inTitle = indexed.filter((d) => d.title.startsWith("leather"));
    const anywhere = indexed.filter(
      (d) => d.title.startsWith("leather") || d.description.includes("leather"),
    );
    expect(result.total).toBe(anywhere.length);
    expect(new Set(result.hits.slice(0, inTitle.length).map((h) => h.id))).toEqual(
      new Set(inTitle.map((d) => d.id)),
    );
  });

  it.each<[string, SearchFilters]>([
    ["many matches (the sort's index is walked)", {}],
    ["few matches (read by position)", { brands: ["Hearth"], priceMax: 1 }],
  ])("pages through relevance tiers in order with %s", async (_, filters) => {
    const ids = new Set(expected(filters).ids);
    const inTitle = (d: SearchDocument) => d.title.startsWith("linen");
    const bestSelling = (a: SearchDocument, b: SearchDocument) =>
      b.salesCount - a.salesCount ||
      b.publishedAt.localeCompare(a.publishedAt) ||
      (a.id < b.id ? -1 : 1);
    const matching = indexed.filter(
      (d) => ids.has(d.id) && (inTitle(d) || d.description.includes("linen")),
    );
    const want = [
      ...matching.filter(inTitle).sort(bestSelling),
      ...matching.filter((d) => !inTitle(d)).sort(bestSelling),
    ].map((d) => d.id);
    const pageSize = 40;
    // The first page, the one where title matches give way to description matches, the last.
    const boundary = Math.floor(matching.filter(inTitle).length / pageSize) + 1;
    const last = Math.ceil(want.length / pageSize);
    expect(boundary).toBeLessThan(last);
    for (const page of new Set([1, boundary, last])) {
      const result = await engine.search({
        query: "linen",
        filters,
        sort: "relevance",
        page,
        pageSize,
      });
      expect(result.total).toBe(want.length);
      expect(result.hits.map((h) => h.id)).toEqual(
        want.slice((page - 1) * pageSize, page * pageSize),
      );
    }
  });

  it("keeps the same bitmaps one change at a time as a full rebuild writes", async () => {
    const client = await db();
    // Per key, the products whose bit is set: the rebuild numbers documents again.
    const members = `
      SELECT b.key, string_agg(d."productId", ',' ORDER BY d."productId") AS ids
      FROM "SearchBitmap" b
      CROSS JOIN LATERAL unnest(search_bit_positions(b.bits)) AS p(position)
      JOIN "SearchDocument" d ON d."docNo" = b.chunk * search_chunk_bits() + p.position
      GROUP BY b.key ORDER BY b.key`;
    const miscounted = `SELECT count(*)::int AS n FROM "SearchBitmap" WHERE ones <> bit_count(bits)`;
    const kept = await client.$queryRawUnsafe<{ key: string; ids: string }[]>(members);
    expect(await client.$queryRawUnsafe(miscounted)).toEqual([{ n: 0 }]);
    await client.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SELECT search_rebuild_bitmaps()");
    });
    const rebuilt = await client.$queryRawUnsafe<{ key: string; ids: string }[]>(members);
    expect(kept.length).toBeGreaterThan(50);
    expect(kept).toEqual(rebuilt);
    expect(await client.$queryRawUnsafe(miscounted)).toEqual([{ n: 0 }]);
    // Still the same answers after the renumbering.
    const after = await engine.search({
      query: "",
      filters: { priceMin: 256, priceMax: 65535 },
      sort: "price-asc",
      page: 1,
      pageSize: 10_000,
    });
    expect(after.total).toBe(expected({ priceMin: 256, priceMax: 65535 }).total);
  });
});
