// The contract every SearchEngine keeps (continued in contract-facets.ts), run by postgres.test.ts
// and meilisearch.test.ts on the same documents (contract-fixtures.ts). An adapter that passes
// can replace the other.
import { beforeAll, describe, expect, it } from "vitest";
import * as F from "./contract-fixtures";
import { facetCases } from "./contract-facets";
import type { SearchEngine, SearchRequest } from "./types";

const { request } = F;

export function searchEngineContract(makeEngine: () => Promise<SearchEngine>): void {
  let engine: SearchEngine;
  const ids = async (partial: Partial<SearchRequest>) =>
    (await engine.search(request(partial))).hits.map((h) => h.id);
  const sorted = async (partial: Partial<SearchRequest>) => (await ids(partial)).sort();

  beforeAll(async () => {
    engine = await makeEngine();
    await engine.setup();
    await engine.replaceAll(F.batchesOf(F.fixtures));
  });

  describe("matching words", () => {
    it("finds misspelt words within the typo budget", async () => {
      expect(await sorted({ query: "tshrit" })).toEqual(["crew-tee", "pocket-tee"]);
      expect(await sorted({ query: "bots" })).toEqual([]); // under five letters: no typo allowed
      expect(await sorted({ query: "pulover hoodie" })).toEqual(["fleece-hoodie"]);
    });

    it("finds hyphenated words however they are typed", async () => {
      for (const query of ["t-shirt", "tshirt", "T-Shirts", "t shirt"]) {
        expect(await sorted({ query, filters: { category: "clothing/tops/t-shirts" } })).toEqual([
          "crew-tee",
          "pocket-tee",
        ]);
      }
    });

    it("requires every word and matches the last one as a prefix", async () => {
      expect(await ids({ query: "pocket t-shirt" })).toEqual(["pocket-tee"]);
      expect(await ids({ query: "stonew" })).toEqual(["stoneware-mug"]);
      expect(await ids({ query: "zzyzx" })).toEqual([]);
    });

    it("searches brands, tags and category names", async () => {
      expect(await sorted({ query: "northwind" })).toEqual(["crew-tee", "fleece-hoodie"]);
      expect(await sorted({ query: "sweatshirt" })).toEqual(["fleece-hoodie"]);
      expect(await sorted({ query: "footwear" })).toEqual(["chelsea-boots"]);
    });

    it("ranks a title match above a description match", async () => {
      expect(await ids({ query: "coffee" })).toEqual(["coffee-grinder", "stoneware-mug"]);
    });
  });

  describe("filters", () => {
    it("filters by category, descendants included", async () => {
      expect(await sorted({ filters: { category: "clothing/tops" } })).toEqual([
        "crew-tee",
        "fleece-hoodie",
        "pocket-tee",
      ]);
      expect(await sorted({ filters: { category: "home/kitchen" } })).toEqual([
        "coffee-grinder",
        "stoneware-mug",
      ]);
    });

    it("filters by an inclusive price range", async () => {
      expect(await sorted({ filters: { priceMin: 1800, priceMax: 2500 } })).toEqual([
        "crew-tee",
        "pocket-tee",
      ]);
      expect(await sorted({ filters: { priceMin: 8900 } })).toEqual([
        "chelsea-boots",
        "coffee-grinder",
      ]);
    });

    it("ORs the values of one option and ANDs different options", async () => {
      expect(await sorted({ filters: { options: { Size: ["M"] } } })).toEqual([
        "crew-tee",
        "pocket-tee",
      ]);
      expect(await sorted({ filters: { options: { Size: ["M", "L"] } } })).toEqual([
        "crew-tee",
        "fleece-hoodie",
        "pocket-tee",
      ]);
      expect(
        await sorted({ filters: { options: { Size: ["M", "L"], Colour: ["Navy"] } } }),
      ).toEqual(["crew-tee", "fleece-hoodie"]);
    });

    it("filters by stock, brand and tag, combined with words", async () => {
      expect(await sorted({ query: "t-shirt", filters: { inStock: true } })).toEqual(["crew-tee"]);
      expect(await sorted({ filters: { brands: ["Fieldcraft", "Hearth"] } })).toEqual([
        "chelsea-boots",
        "coffee-grinder",
        "pocket-tee",
        "stoneware-mug",
      ]);
      expect(await sorted({ filters: { tags: ["kitchen"], priceMax: 5000 } })).toEqual([
        "stoneware-mug",
      ]);
    });
  });

  describe("sorting and pages", () => {
    it("sorts by price, newest and best-selling", async () => {
      expect(await ids({ sort: "price-asc" })).toEqual([
        "stoneware-mug",
        "pocket-tee",
        "crew-tee",
        "fleece-hoodie",
        "coffee-grinder",
        "chelsea-boots",
      ]);
      expect(await ids({ sort: "price-desc", filters: { category: "clothing" } })).toEqual([
        "fleece-hoodie",
        "crew-tee",
        "pocket-tee",
      ]);
      expect(await ids({ sort: "newest" })).toEqual([
        "pocket-tee",
        "stoneware-mug",
        "crew-tee",
        "coffee-grinder",
        "chelsea-boots",
        "fleece-hoodie",
      ]);
      expect(await ids({ sort: "best-selling", query: "t-shirt" })).toEqual([
        "pocket-tee",
        "crew-tee",
      ]);
    });

    it("pages through the results with exact totals", async () => {
      const page2 = await engine.search(request({ sort: "price-asc", page: 2, pageSize: 4 }));
      expect(page2).toMatchObject({ total: 6, page: 2, pageSize: 4, pageCount: 2 });
      expect(page2.hits.map((h) => h.id)).toEqual(["coffee-grinder", "chelsea-boots"]);
      const past = await engine.search(request({ sort: "price-asc", page: 9, pageSize: 4 }));
      expect(past).toMatchObject({ total: 6, hits: [] });
    });

    it("returns hits as product cards", async () => {
      const [hit] = (await engine.search(request({ query: "pocket" }))).hits;
      expect(hit).toEqual({
        id: "pocket-tee",
        slug: "pocket-tee",
        title: "Vintage Pocket T-Shirt",
        brand: "Fieldcraft",
        image: {
          url: "/images/products/pocket-tee.svg",
          alt: "Vintage Pocket T-Shirt",
          width: 800,
          height: 800,
        },
        price: { amount: 1800, currency: "USD" },
        compareAt: { amount: 2400, currency: "USD" },
        inStock: false,
      });
    });
  });

  facetCases(() => engine);
}
