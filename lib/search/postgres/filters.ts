// The filters of a search as bitmap groups: one group per kind of filter (price, brand, tag,
// stock, each option), values inside a group ORed. Facets are counted with every group applied
// but their own, so picking "Size: M" still shows how many "Size: L" there are. The category
// is a scope, not a group: facets are counted inside it (its subcategories, for drill-down).
//
// CTEs: defines none and names none. A group's SQL is one chunk's bitmap, evaluated per row of
// bitmaps.ts's "filtered_chunks"; the chunk, its empty and full bitmaps and its price slices
// come in through ChunkContext, and it reads "SearchBitmap" itself.
import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchFilters } from "../types";
import { FACET_PREFIX, KEY, facetKey, optionPrefix } from "./bitmap-keys";

export type FilterGroup = "price" | "brand" | "tag" | "stock" | `option:${string}`;

/** Where a group's bitmap is computed: one chunk of the bitmaps at a time (bitmaps.ts). */
export interface ChunkContext {
  /** SQL for the chunk's number. */
  chunk: Prisma.Sql;
  /** SQL for a chunk of no documents. */
  zero: Prisma.Sql;
  /** SQL for a chunk of every document. */
  all: Prisma.Sql;
  /** SQL for the chunk's price slices, bit 0 first (see the migration). */
  slices: Prisma.Sql;
}

export interface FilterBitmap {
  group: FilterGroup;
  /** SQL for one chunk of the group's bitmap. */
  bits: (at: ChunkContext) => Prisma.Sql;
}

const anyOf =
  (keys: string[]) =>
  ({ chunk, zero }: ChunkContext) =>
    Prisma.sql`coalesce((SELECT bit_or(b."bits") FROM "SearchBitmap" b WHERE b."key" = ANY (${keys}::text[]) AND b."chunk" = ${chunk}), ${zero})`;

/** The category scope's key, or null without one. */
export function scopeKey(filters: SearchFilters): string | null {
  return filters.category ? facetKey(FACET_PREFIX.category + filters.category) : null;
}

export function filterBitmaps(filters: SearchFilters): FilterBitmap[] {
  const groups: FilterBitmap[] = [];
  if (filters.priceMin !== undefined || filters.priceMax !== undefined) {
    const min = filters.priceMin ?? 0;
    const max = filters.priceMax ?? 2_147_483_647;
    groups.push({
      group: "price",
      bits: ({ slices, all, zero }) =>
        Prisma.sql`coalesce(search_price_between(${slices}, ${all}, ${min}::bigint, ${max}::bigint), ${zero})`,
    });
  }
  const prefixed = (prefix: string, values: string[]) =>
    values.map((value) => facetKey(prefix + value));
  if (filters.brands?.length)
    groups.push({ group: "brand", bits: anyOf(prefixed(FACET_PREFIX.brand, filters.brands)) });
  if (filters.tags?.length)
    groups.push({ group: "tag", bits: anyOf(prefixed(FACET_PREFIX.tag, filters.tags)) });
  if (filters.inStock) groups.push({ group: "stock", bits: anyOf([KEY.inStock]) });
  for (const [name, values] of Object.entries(filters.options ?? {})) {
    if (values.length === 0) continue;
    groups.push({ group: `option:${name}`, bits: anyOf(prefixed(optionPrefix(name), values)) });
  }
  return groups;
}
