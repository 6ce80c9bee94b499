// Building listing addresses from parsed parameters, always in one canonical order, so the same
// listing has one address (for links, canonical URLs and cache keys). Pure, client-safe.
import {
  DEFAULT_SORT,
  LISTING_PARAM,
  OPTION_PARAM_PREFIX,
  type ListingFilters,
  type ListingParams,
} from "./listing-params";

const sorted = (list: readonly string[]) => [...list].sort((a, b) => a.localeCompare(b));

/** Name/value pairs of the filters only, in canonical order. */
export function filterEntries(filters: ListingFilters): [string, string][] {
  const entries: [string, string][] = [];
  for (const brand of sorted(filters.brands)) entries.push([LISTING_PARAM.brand, brand]);
  for (const tag of sorted(filters.tags)) entries.push([LISTING_PARAM.tag, tag]);
  for (const name of sorted(Object.keys(filters.options))) {
    for (const value of sorted(filters.options[name] ?? []))
      entries.push([`${OPTION_PARAM_PREFIX}${name}`, value]);
  }
  if (filters.priceMin !== undefined)
    entries.push([LISTING_PARAM.priceMin, String(filters.priceMin)]);
  if (filters.priceMax !== undefined)
    entries.push([LISTING_PARAM.priceMax, String(filters.priceMax)]);
  if (filters.inStock) entries.push([LISTING_PARAM.inStock, "1"]);
  return entries;
}

export interface EntryParts {
  q?: boolean;
  filters?: boolean;
  sort?: boolean;
  page?: boolean;
}

/** The parameters as name/value pairs; `parts` leaves some out (forms carry the rest as hidden fields). */
export function listingEntries(params: ListingParams, parts: EntryParts = {}): [string, string][] {
  const { q = true, filters = true, sort = true, page = true } = parts;
  const entries: [string, string][] = [];
  if (q && params.q) entries.push([LISTING_PARAM.q, params.q]);
  if (filters) entries.push(...filterEntries(params.filters));
  if (sort && params.sort !== DEFAULT_SORT) entries.push([LISTING_PARAM.sort, params.sort]);
  if (page && params.page > 1) entries.push([LISTING_PARAM.page, String(params.page)]);
  return entries;
}

/** `/c/clothing?brand=Northwind&sort=price-asc`: the address of a listing. */
export function listingHref(path: string, params: ListingParams, parts?: EntryParts): string {
  const search = new URLSearchParams(listingEntries(params, parts)).toString();
  return search ? `${path}?${search}` : path;
}

export function hasActiveFilters(filters: ListingFilters): boolean {
  return filterEntries(filters).length > 0;
}

/** The same listing on another page. */
export function withPage(params: ListingParams, page: number): ListingParams {
  return { ...params, page };
}

export type FilterKind = "brand" | "tag" | "option" | "price" | "inStock";

/** The listing without one filter value (back to page 1): the target of a "remove" chip. */
export function withoutFilter(
  params: ListingParams,
  kind: FilterKind,
  value = "",
  optionName = "",
): ListingParams {
  const f = params.filters;
  const filters: ListingFilters = {
    ...f,
    brands: [...f.brands],
    tags: [...f.tags],
    options: { ...f.options },
  };
  if (kind === "brand") filters.brands = f.brands.filter((b) => b !== value);
  if (kind === "tag") filters.tags = f.tags.filter((t) => t !== value);
  if (kind === "inStock") filters.inStock = false;
  if (kind === "price") {
    delete filters.priceMin;
    delete filters.priceMax;
  }
  if (kind === "option") {
    const rest = (f.options[optionName] ?? []).filter((v) => v !== value);
    if (rest.length > 0) filters.options[optionName] = rest;
    else delete filters.options[optionName];
  }
  return { ...params, filters, page: 1 };
}
