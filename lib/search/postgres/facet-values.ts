// The PostgreSQL index keeps every filterable value of a product in one prefixed array
// ("b:Northwind", "t:sale", "c:clothing/tops", "o:Size:M"): one GIN index serves every filter,
// and one pass over the array counts every facet. The prefix is always two characters.
import type { SearchDocument } from "../types";

export const FACET_PREFIX = { brand: "b:", tag: "t:", category: "c:", option: "o:" } as const;

export function documentFacets(document: SearchDocument): string[] {
  return [
    ...(document.brand === null ? [] : [FACET_PREFIX.brand + document.brand]),
    ...document.tags.map((tag) => FACET_PREFIX.tag + tag),
    ...document.categoryPaths.map((path) => FACET_PREFIX.category + path),
    ...document.options.map((pair) => FACET_PREFIX.option + pair),
  ];
}
