// The second half of the search contract (contract.ts): facet counts, suggestions and writes.
import { describe, expect, it } from "vitest";
import * as F from "./contract-fixtures";
import type { SearchEngine, SearchRequest } from "./types";

const { request } = F;

/** `current` returns the engine the contract set up (its beforeAll has run by then). */
export function facetCases(current: () => SearchEngine): void {
  const ids = async (partial: Partial<SearchRequest>) =>
    (await current().search(request(partial))).hits.map((h) => h.id);

  describe("facets", () => {
    it("counts every facet over the results", async () => {
      const { facets, total } = await current().search(request({ query: "t-shirt" }));
      expect(total).toBe(2);
      expect(facets.categories).toEqual([
        { value: "clothing", count: 2 },
        { value: "clothing/tops", count: 2 },
        { value: "clothing/tops/t-shirts", count: 2 },
      ]);
      expect(facets.brands).toEqual([
        { value: "Fieldcraft", count: 1 },
        { value: "Northwind", count: 1 },
      ]);
      expect(facets.options).toEqual([
        {
          name: "Colour",
          values: [
            { value: "Navy", count: 1 },
            { value: "White", count: 1 },
          ],
        },
        {
          name: "Size",
          values: [
            { value: "M", count: 2 },
            { value: "L", count: 1 },
            { value: "S", count: 1 },
          ],
        },
      ]);
      expect(facets.tags).toEqual([
        { value: "t-shirt", count: 2 },
        { value: "sale", count: 1 },
        { value: "tee", count: 1 },
      ]);
      expect(facets).toMatchObject({ inStock: 1, price: { min: 1800, max: 2500 } });
    });

    it("counts each facet without its own filter, with all the others", async () => {
      const { facets, total } = await current().search(
        request({ filters: { brands: ["Northwind"], options: { Size: ["L"] }, priceMax: 6000 } }),
      );
      expect(total).toBe(1); // the hoodie
      // Brands: Size L and price applied, brand not: the hoodie (Northwind) and the pocket tee.
      expect(facets.brands).toEqual([
        { value: "Fieldcraft", count: 1 },
        { value: "Northwind", count: 1 },
      ]);
      // Sizes: brand and price applied, Size not: crew tee (S, M) and hoodie (L).
      expect(facets.options.find((o) => o.name === "Size")?.values).toEqual([
        { value: "L", count: 1 },
        { value: "M", count: 1 },
        { value: "S", count: 1 },
      ]);
      // Colours: every filter applied.
      expect(facets.options.find((o) => o.name === "Colour")?.values).toEqual([
        { value: "Navy", count: 1 },
      ]);
      // Price: brand and size applied, price not: the hoodie alone.
      expect(facets.price).toEqual({ min: 5900, max: 5900 });
    });

    it("counts inside the category, for drill-down into its subcategories", async () => {
      const { facets, total } = await current().search(
        request({ filters: { category: "clothing/tops", brands: ["Northwind"] } }),
      );
      expect(total).toBe(2);
      expect(facets.categories).toEqual([
        { value: "clothing", count: 2 },
        { value: "clothing/tops", count: 2 },
        { value: "clothing/tops/hoodies", count: 1 },
        { value: "clothing/tops/t-shirts", count: 1 },
      ]);
      expect(facets.brands).toEqual([
        { value: "Northwind", count: 2 },
        { value: "Fieldcraft", count: 1 },
      ]);
    });

    it("has empty facets when nothing matches", async () => {
      const { facets, total, pageCount } = await current().search(request({ query: "zzyzx" }));
      expect({ total, pageCount }).toEqual({ total: 0, pageCount: 0 });
      expect(facets).toEqual({
        categories: [],
        brands: [],
        tags: [],
        options: [],
        inStock: 0,
        price: null,
      });
    });
  });

  describe("suggestions", () => {
    it("suggests products from a prefix or a misspelt prefix", async () => {
      expect((await current().suggest("tsh", 5)).map((s) => s.id).sort()).toEqual([
        "crew-tee",
        "pocket-tee",
      ]);
      expect((await current().suggest("tshri", 5)).map((s) => s.id).sort()).toEqual([
        "crew-tee",
        "pocket-tee",
      ]);
      expect(await current().suggest("   ", 5)).toEqual([]);
    });

    it("returns what the list shows, at most `limit`", async () => {
      expect(await current().suggest("stoneware", 5)).toEqual([
        {
          id: "stoneware-mug",
          slug: "stoneware-mug",
          title: "Stoneware Mug",
          brand: "Hearth",
          price: { amount: 1200, currency: "USD" },
          image: F.mug.image,
        },
      ]);
      expect(await current().suggest("t", 1)).toHaveLength(1);
    });
  });

  describe("writes", () => {
    it("replaces a document with the same id, deletes by id, and replaces everything", async () => {
      await current().index([
        {
          ...F.mug,
          title: "Stoneware Beaker",
          tags: ["beaker"],
          description: "For tea.",
          priceAmount: 900,
        },
      ]);
      expect(await ids({ query: "beaker" })).toEqual(["stoneware-mug"]);
      expect(await ids({ query: "stoneware mug" })).toEqual([]);
      await current().delete(["stoneware-mug", "no-such-id"]);
      expect(await current().count()).toBe(5);
      expect(await ids({ query: "beaker" })).toEqual([]);

      const result = await current().replaceAll(
        F.batchesOf([F.mug, { ...F.boots, priceAmount: 100 }]),
      );
      expect(result).toEqual({ indexed: 2, removed: 4 });
      expect(await ids({ sort: "price-asc" })).toEqual(["chelsea-boots", "stoneware-mug"]);
    });
  });
}
