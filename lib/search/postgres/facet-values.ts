// The PostgreSQL index keeps every filterable value of a product in one prefixed array
// (SearchDocument.facets: "b:Northwind", "t:sale", "c:clothing/tops", "o:Size:M"). The bitmap
// functions turn each value into a facet bitmap's key ("f:b:Northwind", see bitmap-keys.ts), and
// a rebuild numbers documents by their most specific category value; searches read only the
// bitmaps, never this array.
import type { SearchDocument } from "../types";
import { FACET_PREFIX } from "./bitmap-keys";

export function documentFacets(document: SearchDocument): string[] {
  return [
    ...(document.brand === null ? [] : [FACET_PREFIX.brand + document.brand]),
    ...document.tags.map((tag) => FACET_PREFIX.tag + tag),
    ...document.categoryPaths.map((path) => FACET_PREFIX.category + path),
    ...document.options.map((pair) => FACET_PREFIX.option + pair),
  ];
}
