// The filters of a search as SQL conditions on "SearchDocument" (alias d): the category scope,
// then one condition per facet group, so the facet query can count each group with all the
// others applied but not itself. Brand,
// tag, category and option filters are array tests on `facets` (facet-values.ts): the GIN index
// on it serves them.
import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchFilters } from "../types";
import { FACET_PREFIX } from "./facet-values";

export type FilterGroup = "price" | "brand" | "tag" | "stock" | `option:${string}`;

export interface FilterCondition {
  group: FilterGroup;
  sql: Prisma.Sql;
}

/** Option filters as prefixed "o:Name:Value" facets, per option; options with no values dropped. */
export function optionFacets(options: SearchFilters["options"] = {}): [name: string, facets: string[]][] {
  return Object.entries(options)
    .filter(([, values]) => values.length > 0)
    .map(([name, values]) => [name, values.map((value) => `${FACET_PREFIX.option}${name}:${value}`)]);
}

const anyOf = (facets: string[]) => Prisma.sql`d."facets" && ${facets}::text[]`;

/**
 * The category is a scope, not a facet group: facets are counted inside it (its subcategories
 * for drill-down), which also keeps the work to the products in it.
 */
export function scopeCondition(filters: SearchFilters): Prisma.Sql | null {
  return filters.category ? Prisma.sql`d."facets" @> ARRAY[${FACET_PREFIX.category + filters.category}]::text[]` : null;
}

export function filterConditions(filters: SearchFilters): FilterCondition[] {
  const conditions: FilterCondition[] = [];
  if (filters.priceMin !== undefined || filters.priceMax !== undefined) {
    const min = filters.priceMin ?? 0;
    const max = filters.priceMax ?? 2_147_483_647;
    conditions.push({ group: "price", sql: Prisma.sql`d."priceAmount" BETWEEN ${min}::int AND ${max}::int` });
  }
  if (filters.brands?.length) conditions.push({ group: "brand", sql: anyOf(filters.brands.map((b) => FACET_PREFIX.brand + b)) });
  if (filters.tags?.length) conditions.push({ group: "tag", sql: anyOf(filters.tags.map((t) => FACET_PREFIX.tag + t)) });
  if (filters.inStock) conditions.push({ group: "stock", sql: Prisma.sql`d."inStock"` });
  for (const [name, facets] of optionFacets(filters.options)) conditions.push({ group: `option:${name}`, sql: anyOf(facets) });
  return conditions;
}

/** AND of the conditions, TRUE when there are none. */
export function allOf(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length === 0 ? Prisma.sql`TRUE` : Prisma.join(conditions, " AND ");
}
