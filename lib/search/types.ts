// The search module's own shapes. Both adapters (PostgreSQL, Meilisearch) take and return these,
// so nothing vendor-shaped leaks out, and the contract suite can run the same cases on each.
import type { IndexDocument, ProductImageSummary, ProductSummary } from "@/lib/catalog";
import type { Money } from "@/lib/money";

export const SEARCH_SORTS = [
  "relevance",
  "price-asc",
  "price-desc",
  "newest",
  "best-selling",
] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/**
 * One product as the index holds it: everything a result card, a filter or a sort needs. The
 * catalog's index document (its facts and card rules), with the description as plain text
 * (markdown stripped; searched with the lowest weight). Category names are searched like tags
 * ("hoodies" finds the Hoodies category); "newest" sorts by publishedAt, "best-selling" by
 * salesCount.
 */
export type SearchDocument = IndexDocument;

/** Filters combine with AND; the values inside one filter (brands, one option's values) with OR. */
export interface SearchFilters {
  /** A category path; products in it or any of its descendants match. */
  category?: string;
  /** Inclusive bounds on `priceAmount`, in minor units. */
  priceMin?: number;
  priceMax?: number;
  /** Option name → accepted values, e.g. { Size: ["M", "L"] }. */
  options?: Record<string, string[]>;
  inStock?: boolean;
  brands?: string[];
  tags?: string[];
}

export interface SearchRequest {
  /** Free text; empty lists everything that passes the filters. */
  query: string;
  filters: SearchFilters;
  sort: SearchSort;
  /** 1-based. */
  page: number;
  pageSize: number;
}

export interface FacetCount {
  value: string;
  count: number;
}

/**
 * Counts for the filter sidebar. Each facet is counted with every filter applied except its own
 * (so picking "Size: M" still shows how many "Size: L" there are), ordered by count then value.
 */
export interface SearchFacets {
  /**
   * Category paths, ancestors included. The category filter is a scope, not a facet group:
   * inside it these are its ancestors and subcategories (for drill-down).
   */
  categories: FacetCount[];
  brands: FacetCount[];
  tags: FacetCount[];
  options: { name: string; values: FacetCount[] }[];
  /** How many results are in stock. */
  inStock: number;
  /** Lowest and highest `priceAmount` among the results; null when there are none. */
  price: { min: number; max: number } | null;
}

export interface SearchResult {
  hits: ProductSummary[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  facets: SearchFacets;
}

/** One entry of the search-as-you-type list. */
export interface SearchSuggestion {
  id: string;
  slug: string;
  title: string;
  brand: string | null;
  price: Money;
  image: ProductImageSummary | null;
}

export interface ReplaceResult {
  indexed: number;
  /** Documents that were in the index but not in the new set. */
  removed: number;
}

export interface SearchEngine {
  readonly kind: "postgres" | "meilisearch";
  /** Creates the index and applies its settings; safe to call again. */
  setup(): Promise<void>;
  /** Adds documents, or replaces those with the same id. */
  index(documents: SearchDocument[]): Promise<void>;
  delete(ids: string[]): Promise<void>;
  /** Makes the index hold exactly these documents (a full reindex), batch by batch. */
  replaceAll(
    batches: AsyncIterable<SearchDocument[]>,
    onBatch?: (indexed: number) => void,
  ): Promise<ReplaceResult>;
  count(): Promise<number>;
  search(request: SearchRequest): Promise<SearchResult>;
  suggest(query: string, limit: number): Promise<SearchSuggestion[]>;
}
