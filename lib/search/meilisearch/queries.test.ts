// How a search request becomes Meilisearch queries, and their facets ours: no server needed.
import { describe, expect, it } from "vitest";
import { request } from "../contract-fixtures";
import { mergeFacets } from "./facets";
import { filterExpressions, planQueries, scopeExpression } from "./queries";

describe("filterExpressions", () => {
  it("writes one expression per group, quoting values as Meilisearch strings", () => {
    expect(
      filterExpressions({
        category: "clothing/tops",
        priceMin: 1000,
        priceMax: 5000,
        brands: ['Say "Hi"', "A\\B"],
        tags: ["sale"],
        inStock: true,
        options: { Size: ["M", "L"], Colour: [] },
      }),
    ).toEqual([
      { group: "price", expression: "priceAmount >= 1000 AND priceAmount <= 5000" },
      { group: "brand", expression: 'brand IN ["Say \\"Hi\\"", "A\\\\B"]' },
      { group: "tag", expression: 'tags IN ["sale"]' },
      { group: "stock", expression: "inStock = true" },
      { group: "option:Size", expression: 'options IN ["Size:M", "Size:L"]' },
    ]);
    expect(filterExpressions({ priceMax: 0 })).toEqual([
      { group: "price", expression: "priceAmount <= 0" },
    ]);
    expect(filterExpressions({ inStock: false, brands: [] })).toEqual([]);
    expect(scopeExpression({ category: "clothing/tops" })).toBe('categoryPaths = "clothing/tops"');
    expect(scopeExpression({})).toBeNull();
  });
});

describe("planQueries", () => {
  it("asks one query for the hits and one per filtered group for its facet", () => {
    const { queries, groups } = planQueries(
      "products",
      request({
        query: "tee",
        sort: "price-asc",
        page: 2,
        pageSize: 10,
        filters: { brands: ["Northwind"], options: { Size: ["M"] } },
      }),
    );
    expect(groups).toEqual(["brand", "option:Size"]);
    expect(queries[0]).toMatchObject({
      indexUid: "products",
      q: "tee",
      matchingStrategy: "all",
      page: 2,
      hitsPerPage: 10,
      sort: ["priceAmount:asc"],
      filter: ['brand IN ["Northwind"]', 'options IN ["Size:M"]'],
      facets: ["categoryPaths", "priceAmount", "tags", "inStock", "options"],
    });
    expect(queries[1]).toMatchObject({
      filter: ['options IN ["Size:M"]'],
      facets: ["brand"],
      hitsPerPage: 0,
    });
    expect(queries[2]).toMatchObject({
      filter: ['brand IN ["Northwind"]'],
      facets: ["options"],
      hitsPerPage: 0,
    });
  });

  it("keeps the category as a scope in every query", () => {
    const { queries, groups } = planQueries(
      "p",
      request({ filters: { category: "home", tags: ["sale"] } }),
    );
    expect(groups).toEqual(["tag"]);
    expect(queries.map((q) => q.filter)).toEqual([
      ['categoryPaths = "home"', 'tags IN ["sale"]'],
      ['categoryPaths = "home"'],
    ]);
  });

  it("ranks by best sellers when there are no words to rank by", () => {
    expect(planQueries("p", request()).queries[0]).toMatchObject({
      sort: ["salesCount:desc", "publishedAtMs:desc"],
      filter: undefined,
    });
    expect(planQueries("p", request({ query: "tee" })).queries[0]?.sort).toBeUndefined();
  });
});

describe("mergeFacets", () => {
  it("takes each filtered group's facet from its own query, the rest from the main one", () => {
    const main = {
      facetDistribution: {
        brand: { Northwind: 1 },
        categoryPaths: { clothing: 1 },
        tags: {},
        inStock: { true: 1, false: 0 },
        options: { "Size:M": 1, "Colour:Navy": 1 },
      },
      facetStats: { priceAmount: { min: 2500, max: 2500 } },
    };
    const sizeQuery = {
      facetDistribution: { options: { "Size:M": 2, "Size:L": 1, "Colour:White": 1 } },
    };
    const facets = mergeFacets(main, ["option:Size"], [sizeQuery]);
    expect(facets).toEqual({
      categories: [{ value: "clothing", count: 1 }],
      brands: [{ value: "Northwind", count: 1 }],
      tags: [],
      options: [
        { name: "Colour", values: [{ value: "Navy", count: 1 }] },
        {
          name: "Size",
          values: [
            { value: "M", count: 2 },
            { value: "L", count: 1 },
          ],
        },
      ],
      inStock: 1,
      price: { min: 2500, max: 2500 },
    });
  });
});
