// Meilisearch's facet distributions and stats (from the planned queries) into our facet shape.
import type { FacetDistribution, FacetStats } from "meilisearch";
import { optionFacets, sortedFacet } from "../facets";
import type { SearchFacets } from "../types";
import type { Group } from "./queries";

export interface FacetSource {
  facetDistribution?: FacetDistribution;
  facetStats?: FacetStats;
}

/** `main` answered the facets nobody filters on; `perGroup[i]` the facet of `groups[i]`. */
export function mergeFacets(
  main: FacetSource,
  groups: Group[],
  perGroup: FacetSource[],
): SearchFacets {
  const sourceOf = (group: Group): FacetSource => perGroup[groups.indexOf(group)] ?? main;
  const distribution = (source: FacetSource, attribute: string) =>
    Object.entries(source.facetDistribution?.[attribute] ?? {});

  const optionNamesFiltered = new Set(
    groups.filter((g) => g.startsWith("option:")).map((g) => g.slice("option:".length)),
  );
  const nameOf = (pair: string) => pair.slice(0, Math.max(0, pair.indexOf(":")));
  const optionPairs = [
    ...distribution(main, "options").filter(([pair]) => !optionNamesFiltered.has(nameOf(pair))),
    ...[...optionNamesFiltered].flatMap((name) =>
      distribution(sourceOf(`option:${name}`), "options").filter(([pair]) => nameOf(pair) === name),
    ),
  ];
  const stats = sourceOf("price").facetStats?.priceAmount;
  return {
    categories: sortedFacet(distribution(main, "categoryPaths")),
    brands: sortedFacet(distribution(sourceOf("brand"), "brand")),
    tags: sortedFacet(distribution(sourceOf("tag"), "tags")),
    options: optionFacets(optionPairs),
    inStock: sourceOf("stock").facetDistribution?.inStock?.["true"] ?? 0,
    price: stats ? { min: stats.min, max: stats.max } : null,
  };
}
