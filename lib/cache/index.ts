// Public face of the cache module: tag names, tagged cached reads, and tag invalidation.
export { cacheTagPattern, cacheTags, categoryTagsWithAncestors, listingTags } from "./tags";
export { cachedRead, clearMemoryCache, invalidateMemoryCache } from "./cached";
export type { CachedReadOptions } from "./cached";
export { invalidateTags } from "./invalidate";
export type { InvalidateTags } from "./invalidate";
export { revalidationSecret } from "./secret";
