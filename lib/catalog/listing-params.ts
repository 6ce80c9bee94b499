// A listing's URL parameters — filters, sort and page — for the category page and the search
// page alike, so a filtered listing is an address that can be shared, reloaded and bookmarked.
// Pure (no server-only): pages, components and tests all parse and build addresses with it.
import { z } from "zod";

export const LISTING_SORTS = [
  "relevance",
  "price-asc",
  "price-desc",
  "newest",
  "best-selling",
] as const;
export type ListingSort = (typeof LISTING_SORTS)[number];
export const DEFAULT_SORT: ListingSort = "relevance";

export const SORT_LABELS: Record<ListingSort, string> = {
  relevance: "Featured",
  "price-asc": "Price: low to high",
  "price-desc": "Price: high to low",
  newest: "Newest",
  "best-selling": "Best selling",
};

/** Parameter names, as they appear in the address and in the filter form. */
export const LISTING_PARAM = {
  q: "q",
  brand: "brand",
  tag: "tag",
  priceMin: "price_min",
  priceMax: "price_max",
  inStock: "in_stock",
  sort: "sort",
  page: "page",
} as const;
/** Option filters are `opt.<Option name>=<value>`, e.g. `opt.Size=M&opt.Size=L`. */
export const OPTION_PARAM_PREFIX = "opt.";
export const MAX_PAGE = 500;

export interface ListingFilters {
  brands: string[];
  tags: string[];
  /** Option name → accepted values (any of them); names are ANDed together. */
  options: Record<string, string[]>;
  /** Major units of the listing currency (19.99), inclusive. */
  priceMin?: number;
  priceMax?: number;
  inStock: boolean;
}

export interface ListingParams {
  q?: string;
  filters: ListingFilters;
  sort: ListingSort;
  page: number;
}

export interface ParsedListingParams {
  params: ListingParams;
  /** Parameters that were present but not understood, and so were ignored. */
  ignored: string[];
}

// Values are matched exactly against catalog data, so bounds only keep abuse out of the SQL.
const text = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[^\p{Cc}]+$/u);
const values = z.array(text).max(30);
const price = z
  .string()
  .trim()
  .regex(/^\d{1,7}(\.\d{1,2})?$/)
  .transform(Number);
const schemas = {
  q: z.string().trim().min(1).max(200),
  sort: z.enum(LISTING_SORTS),
  page: z
    .string()
    .regex(/^\d{1,6}$/)
    .transform(Number)
    .pipe(z.number().int().min(1).max(MAX_PAGE)),
  inStock: z.enum(["1", "true", "on"]),
};

export type RawSearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

function entriesOf(raw: RawSearchParams): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const add = (key: string, value: string) => map.set(key, [...(map.get(key) ?? []), value]);
  if (raw instanceof URLSearchParams) raw.forEach((value, key) => add(key, value));
  else
    for (const [key, value] of Object.entries(raw))
      for (const v of [value ?? []].flat()) add(key, v);
  return map;
}

const unique = (list: string[]) => [...new Set(list)];

/** Never throws: a malformed parameter is dropped (and named in `ignored`), the rest still apply. */
export function parseListingParams(raw: RawSearchParams): ParsedListingParams {
  const entries = entriesOf(raw);
  const ignored: string[] = [];
  const first = (name: string) => entries.get(name)?.find((v) => v.trim() !== "");
  function one<T>(name: string, schema: z.ZodType<T, string>): T | undefined {
    const value = first(name);
    if (value === undefined) return undefined;
    const parsed = schema.safeParse(value);
    if (!parsed.success) ignored.push(name);
    return parsed.success ? parsed.data : undefined;
  }
  function many(name: string): string[] {
    const list = (entries.get(name) ?? []).filter((v) => v.trim() !== "");
    const parsed = values.safeParse(list);
    if (!parsed.success) ignored.push(name);
    return parsed.success ? unique(parsed.data) : [];
  }

  const options: Record<string, string[]> = {};
  for (const key of entries.keys()) {
    if (!key.startsWith(OPTION_PARAM_PREFIX)) continue;
    const name = text.safeParse(key.slice(OPTION_PARAM_PREFIX.length));
    const picked = many(key);
    if (!name.success || Object.keys(options).length >= 10) ignored.push(key);
    else if (picked.length > 0) options[name.data] = picked;
  }
  let priceMin = one(LISTING_PARAM.priceMin, price);
  let priceMax = one(LISTING_PARAM.priceMax, price);
  // "From 50 to 20" is a range typed backwards, not an empty one.
  if (priceMin !== undefined && priceMax !== undefined && priceMin > priceMax)
    [priceMin, priceMax] = [priceMax, priceMin];

  const q = one(LISTING_PARAM.q, schemas.q);
  const filters: ListingFilters = {
    brands: many(LISTING_PARAM.brand),
    tags: many(LISTING_PARAM.tag),
    options,
    ...(priceMin === undefined ? {} : { priceMin }),
    ...(priceMax === undefined ? {} : { priceMax }),
    inStock: one(LISTING_PARAM.inStock, schemas.inStock) !== undefined,
  };
  const params: ListingParams = {
    ...(q === undefined ? {} : { q }),
    filters,
    sort: one(LISTING_PARAM.sort, schemas.sort) ?? DEFAULT_SORT,
    page: one(LISTING_PARAM.page, schemas.page) ?? 1,
  };
  return { params, ignored: unique(ignored) };
}
