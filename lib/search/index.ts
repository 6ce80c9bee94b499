// Public face of the search module: import from "@/lib/search", never from its files.
// Storefront reads: searchProducts, suggestProducts. Index upkeep: the outbox handler in
// handlers.ts (imported by lib/event-subscribers.ts) and `npm run search:reindex` (scripts/search-reindex.ts).
export { searchListing, searchProducts, suggestProducts } from "./queries";
export { createSearchEngine, searchEngine } from "./engine";
export { reindexAll, syncProducts } from "./sync";
export type { ReindexOptions } from "./sync";
export {
  SEARCH_CATEGORY_PARAM,
  SEARCH_PAGE_SIZE,
  categoryPathSchema,
  searchRequestFrom,
  suggestQuerySchema,
} from "./schemas";
export type { SuggestQuery } from "./schemas";
export { searchSuggestionSchema, suggestResponseSchema } from "./client";
export type { SuggestResponse } from "./client";
export { SEARCH_SORTS } from "./types";
export type {
  FacetCount,
  ReplaceResult,
  SearchDocument,
  SearchEngine,
  SearchFacets,
  SearchFilters,
  SearchRequest,
  SearchResult,
  SearchSort,
  SearchSuggestion,
} from "./types";
