// The results page's glue: URL listing parameters into a search request, and a search result
// into the catalog's listing shape. Pure: no database.
import { describe, expect, it } from "vitest";
import { parseListingParams } from "@/lib/catalog";
import { toListingFacets } from "./listing";
import { searchRequestFrom } from "./schemas";
import type { SearchResult } from "./types";

describe("searchRequestFrom", () => {
  it("carries the words, filters, sort and page, with prices in minor units", () => {
    const { params } = parseListingParams(
      new URLSearchParams(
        "q=tshrit&opt.Size=M&brand=Northwind&price_min=10&price_max=19.99&in_stock=1&sort=price-asc&page=2",
      ),
    );
    expect(searchRequestFrom(params)).toEqual({
      query: "tshrit",
      filters: {
        priceMin: 1000,
        priceMax: 1999,
        options: { Size: ["M"] },
        inStock: true,
        brands: ["Northwind"],
        tags: [],
      },
      sort: "price-asc",
      page: 2,
      pageSize: 24,
    });
    expect(searchRequestFrom(params, "clothing/tops", "JPY").filters).toMatchObject({
      category: "clothing/tops",
      priceMin: 10,
      priceMax: 20,
    });
  });
});

describe("toListingFacets", () => {
  it("keeps selected values that matched nothing, lists the most used option first and adds the currency", () => {
    const result: SearchResult = {
      hits: [],
      total: 3,
      page: 1,
      pageSize: 24,
      pageCount: 1,
      facets: {
        categories: [],
        brands: [{ value: "Northwind", count: 3 }],
        tags: [],
        inStock: 2,
        price: { min: 1200, max: 5900 },
        options: [
          { name: "Colour", values: [{ value: "Navy", count: 1 }] },
          { name: "Size", values: [{ value: "M", count: 3 }] },
        ],
      },
    };
    const { params } = parseListingParams(new URLSearchParams("q=x&brand=Hearth&opt.Fit=Slim"));
    expect(toListingFacets(result, params.filters, "USD")).toEqual({
      price: { min: 1200, max: 5900, currency: "USD" },
      options: [
        { name: "Size", values: [{ value: "M", count: 3 }] },
        { name: "Colour", values: [{ value: "Navy", count: 1 }] },
        { name: "Fit", values: [{ value: "Slim", count: 0 }] },
      ],
      brands: [
        { value: "Northwind", count: 3 },
        { value: "Hearth", count: 0 },
      ],
      tags: [],
      inStock: 2,
    });
  });
});
