// Listing addresses: what a shared URL means, what is ignored, and one canonical address back.
import { describe, expect, it } from "vitest";
import { parseListingParams } from "./listing-params";
import { listingEntries, listingHref, withoutFilter, withPage } from "./listing-url";

describe("parseListingParams", () => {
  it("reads filters, sort and page from Next.js search params or URLSearchParams alike", () => {
    const raw = {
      brand: ["Northwind", "Fieldcraft", "Northwind"],
      tag: "sale",
      "opt.Size": ["M", "L"],
      "opt.Colour": "Navy",
      price_min: "10",
      price_max: "49.99",
      in_stock: "1",
      sort: "price-asc",
      page: "3",
      q: " tee ",
    };
    const fromRecord = parseListingParams(raw);
    const fromUrl = parseListingParams(
      new URLSearchParams(listingHref("/x", fromRecord.params).split("?")[1]),
    );
    expect(fromRecord).toEqual({
      params: {
        q: "tee",
        filters: {
          brands: ["Northwind", "Fieldcraft"],
          tags: ["sale"],
          options: { Size: ["M", "L"], Colour: ["Navy"] },
          priceMin: 10,
          priceMax: 49.99,
          inStock: true,
        },
        sort: "price-asc",
        page: 3,
      },
      ignored: [],
    });
    expect(fromUrl.params.filters.options).toEqual({ Colour: ["Navy"], Size: ["L", "M"] });
    expect(fromUrl.params).toMatchObject({
      q: "tee",
      sort: "price-asc",
      page: 3,
      filters: { priceMin: 10, priceMax: 49.99, inStock: true },
    });
  });

  it("defaults to the first page, featured order and no filters", () => {
    expect(parseListingParams({})).toEqual({
      params: {
        filters: { brands: [], tags: [], options: {}, inStock: false },
        sort: "relevance",
        page: 1,
      },
      ignored: [],
    });
    // Empty form fields (an untouched price box) are simply absent.
    expect(parseListingParams(new URLSearchParams("price_min=&price_max=&brand=")).ignored).toEqual(
      [],
    );
  });

  it("ignores what it cannot read, names it, and keeps the rest", () => {
    const { params, ignored } = parseListingParams({
      page: "0",
      sort: "cheapest",
      price_min: "-5",
      price_max: "1e9",
      in_stock: "maybe",
      brand: "Northwind",
      "opt.": "x",
    });
    expect(params).toEqual({
      filters: { brands: ["Northwind"], tags: [], options: {}, inStock: false },
      sort: "relevance",
      page: 1,
    });
    expect(ignored.sort()).toEqual(["in_stock", "opt.", "page", "price_max", "price_min", "sort"]);
    expect(parseListingParams({ page: "501" }).params.page).toBe(1);
    expect(
      parseListingParams({ brand: Array.from({ length: 31 }, (_, i) => `b${i}`) }).ignored,
    ).toEqual(["brand"]);
    expect(parseListingParams({ brand: "a\u0000b" }).params.filters.brands).toEqual([]);
  });

  it("swaps a price range typed backwards", () => {
    expect(parseListingParams({ price_min: "50", price_max: "20" }).params.filters).toMatchObject({
      priceMin: 20,
      priceMax: 50,
    });
  });
});

describe("listing addresses", () => {
  const { params } = parseListingParams({
    tag: ["sale", "new"],
    brand: "Zeta",
    "opt.Size": ["M", "L"],
    price_min: "5",
    sort: "newest",
    page: "2",
    q: "tee",
  });

  it("are canonical: sorted values, default sort and first page left out", () => {
    expect(listingHref("/c/clothing", params)).toBe(
      "/c/clothing?q=tee&brand=Zeta&tag=new&tag=sale&opt.Size=L&opt.Size=M&price_min=5&sort=newest&page=2",
    );
    expect(listingHref("/c/clothing", withPage({ ...params, sort: "relevance" }, 1))).toBe(
      "/c/clothing?q=tee&brand=Zeta&tag=new&tag=sale&opt.Size=L&opt.Size=M&price_min=5",
    );
    expect(listingEntries(params, { filters: false, page: false })).toEqual([
      ["q", "tee"],
      ["sort", "newest"],
    ]);
  });

  it("drop one filter value and go back to page 1", () => {
    expect(listingHref("/s", withoutFilter(params, "option", "M", "Size"))).toBe(
      "/s?q=tee&brand=Zeta&tag=new&tag=sale&opt.Size=L&price_min=5&sort=newest",
    );
    expect(
      listingHref(
        "/s",
        withoutFilter(withoutFilter(params, "option", "M", "Size"), "option", "L", "Size"),
      ),
    ).not.toContain("opt.");
    expect(listingHref("/s", withoutFilter(params, "price"))).not.toContain("price_min");
    expect(params.filters.options.Size).toEqual(["M", "L"]); // the original is untouched
  });
});
