// A search request as Meilisearch queries. Facets are disjunctive (each counted without its own
// filter), which Meilisearch does not do in one query: the first query brings the hits and the
// facets nobody filters on; each filtered group gets one more query without its own filter.
import type { MultiSearchQuery } from "meilisearch";
import type { SearchFilters, SearchRequest, SearchSort } from "../types";
import { attributesToRetrieve } from "./documents";

export type Group = "price" | "brand" | "tag" | "stock" | `option:${string}`;

/** The attribute whose distribution (or stats) a group's facet comes from. */
export function facetAttribute(group: Group): string {
  if (group.startsWith("option:")) return "options";
  return { price: "priceAmount", brand: "brand", tag: "tags", stock: "inStock" }[
    group as Exclude<Group, `option:${string}`>
  ];
}

// JSON string syntax is Meilisearch's filter string syntax: double quotes, backslash escapes.
const quote = (value: string) => JSON.stringify(value);
const list = (values: string[]) => `[${values.map(quote).join(", ")}]`;

/** The category is a scope in every query, not a facet group: facets are counted inside it. */
export function scopeExpression(filters: SearchFilters): string | null {
  return filters.category ? `categoryPaths = ${quote(filters.category)}` : null;
}

export function filterExpressions(filters: SearchFilters): { group: Group; expression: string }[] {
  const out: { group: Group; expression: string }[] = [];
  if (filters.priceMin !== undefined || filters.priceMax !== undefined) {
    const bounds = [
      ...(filters.priceMin === undefined ? [] : [`priceAmount >= ${filters.priceMin}`]),
      ...(filters.priceMax === undefined ? [] : [`priceAmount <= ${filters.priceMax}`]),
    ];
    out.push({ group: "price", expression: bounds.join(" AND ") });
  }
  if (filters.brands?.length)
    out.push({ group: "brand", expression: `brand IN ${list(filters.brands)}` });
  if (filters.tags?.length) out.push({ group: "tag", expression: `tags IN ${list(filters.tags)}` });
  if (filters.inStock) out.push({ group: "stock", expression: "inStock = true" });
  for (const [name, values] of Object.entries(filters.options ?? {})) {
    if (values.length)
      out.push({
        group: `option:${name}`,
        expression: `options IN ${list(values.map((v) => `${name}:${v}`))}`,
      });
  }
  return out;
}

export function sortOf(sort: SearchSort, hasWords: boolean): string[] | undefined {
  switch (sort) {
    case "price-asc":
      return ["priceAmount:asc"];
    case "price-desc":
      return ["priceAmount:desc"];
    case "newest":
      return ["publishedAtMs:desc"];
    case "best-selling":
      return ["salesCount:desc", "publishedAtMs:desc"];
    case "relevance":
      // With no words nothing is more relevant than anything else: best sellers first.
      return hasWords ? undefined : ["salesCount:desc", "publishedAtMs:desc"];
  }
}

const orUndefined = (filter: string[]) => (filter.length ? filter : undefined);

const ALL_FACETS: Group[] = ["price", "brand", "tag", "stock"];

export interface PlannedQueries {
  queries: MultiSearchQuery[];
  /** For queries[i + 1]: the group it counts. */
  groups: Group[];
}

export function planQueries(indexUid: string, request: SearchRequest): PlannedQueries {
  const scope = scopeExpression(request.filters);
  const expressions = [
    ...(scope ? [{ group: null, expression: scope }] : []),
    ...filterExpressions(request.filters),
  ];
  const filtered = new Set(expressions.flatMap((e) => (e.group ? [e.group] : [])));
  const base = { indexUid, q: request.query, matchingStrategy: "all" as const };
  const main: MultiSearchQuery = {
    ...base,
    filter: orUndefined(expressions.map((e) => e.expression)),
    sort: sortOf(request.sort, request.query.trim().length > 0),
    page: request.page,
    hitsPerPage: request.pageSize,
    attributesToRetrieve,
    // Options are always asked for here: the names nobody filters on are read from this query.
    facets: [
      "categoryPaths",
      ...ALL_FACETS.filter((g) => !filtered.has(g)).map(facetAttribute),
      "options",
    ],
  };
  const groups = [...filtered];
  const perGroup = groups.map((group): MultiSearchQuery => ({
    ...base,
    filter: orUndefined(expressions.filter((e) => e.group !== group).map((e) => e.expression)),
    facets: [facetAttribute(group)],
    hitsPerPage: 0,
  }));
  return { queries: [main, ...perGroup], groups };
}
