// Search reads for the storefront. The first one in a process makes sure the engine is set up
// and that the index has not missed catalog rows written without events (a seed, an import).
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { searchEngine } from "./engine";
import { catchUp } from "./sync";
import { countActiveProducts, type ListingParams, type ProductListing } from "@/lib/catalog";
import { toProductListing } from "./listing";
import { searchRequestFrom } from "./schemas";
import type { SearchEngine, SearchRequest, SearchResult, SearchSuggestion } from "./types";

/** The currency prices are typed in on the results page (the demo shop sells in USD). */
const SHOP_CURRENCY = "USD";

/** Up to this many products the first search waits for the catch-up; past it, it runs behind. */
const CATCH_UP_INLINE_LIMIT = 5000;

const holder = globalThis as typeof globalThis & { __cartwrightSearchReady?: Promise<void> };

async function prepare(engine: SearchEngine): Promise<void> {
  await engine.setup();
  const client = await db();
  const catchingUp = catchUp(engine, client).then((checked) => {
    if (checked > 0)
      logger.info(
        { engine: engine.kind, checked },
        "search index was behind the catalog: caught up",
      );
  });
  if ((await countActiveProducts(client)) <= CATCH_UP_INLINE_LIMIT) return catchingUp;
  // A large catalog: serve from the index as it is meanwhile.
  catchingUp.catch((error: unknown) => logger.error({ err: error }, "search catch-up failed"));
}

async function readyEngine(): Promise<SearchEngine> {
  const engine = searchEngine();
  const ready = (holder.__cartwrightSearchReady ??= prepare(engine));
  try {
    await ready;
  } catch (error) {
    holder.__cartwrightSearchReady = undefined; // the next request tries again
    throw error;
  }
  return engine;
}

export async function searchProducts(request: SearchRequest): Promise<SearchResult> {
  return (await readyEngine()).search(request);
}

/**
 * The results page: the catalog's listing parameters (q, filters, sort, page) searched, in the
 * catalog's listing shape. Prices in the URL are in the shop's currency (USD by default).
 */
export async function searchListing(
  params: ListingParams,
  currency = SHOP_CURRENCY,
): Promise<ProductListing> {
  const result = await searchProducts(searchRequestFrom(params, undefined, currency));
  return toProductListing(result, params.filters, currency);
}

export async function suggestProducts(query: string, limit: number): Promise<SearchSuggestion[]> {
  return (await readyEngine()).suggest(query, limit);
}
