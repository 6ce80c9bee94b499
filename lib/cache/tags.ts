// The one factory of cache tag names. Cached reads tag their entries with these, and event
// handlers invalidate with these, so a tag is never spelled in two places. Pure, no imports:
// the outbox worker (a plain Node process) loads it too.

/** Tags are at most 256 characters in Next.js; ours are short ids and category paths. */
const PREFIX = "cw";

export const cacheTags = {
  /** Everything shown for one product: its page, variants, prices and stock. */
  product: (productId: string) => `${PREFIX}:product:${productId}`,
  /** Slug → product lookups; any product change may add, move or retire a slug. */
  productSlugs: () => `${PREFIX}:product-slugs`,
  /** Listings of one category (and therefore of the products below it). */
  category: (path: string) => `${PREFIX}:category:${path}`,
  /** The listing of every product (no category): any price or stock change can touch it. */
  allProducts: () => `${PREFIX}:all-products`,
  /** Every listing at once: a product change may move it between categories or facets. */
  listings: () => `${PREFIX}:listings`,
  /** The category tree and category pages' own fields (name, description, children). */
  categories: () => `${PREFIX}:categories`,
} as const;

/** "clothing/tops/t-shirts" → tags of that category and every ancestor, whose listings include it. */
export function categoryTagsWithAncestors(path: string): string[] {
  const parts = path.split("/").filter(Boolean);
  return parts.map((_, index) => cacheTags.category(parts.slice(0, index + 1).join("/")));
}

/** Tags of a cached listing: its own scope, plus the tag that expires every listing. */
export function listingTags(categoryPath?: string): string[] {
  return [
    cacheTags.listings(),
    categoryPath ? cacheTags.category(categoryPath) : cacheTags.allProducts(),
  ];
}

/** Every tag we mint matches this; the revalidation route refuses anything else. */
export const cacheTagPattern = /^cw:[a-z-]+(?::[A-Za-z0-9._/-]{1,200})?$/;
