// Keeps the search index current: a product, price or stock change re-reads that product and
// rewrites (or removes) its document. External (at least once): writing the current state of a
// product twice is harmless, and a late or repeated event writes the state at delivery time,
// not the one it was published with.
import { productIdsOfVariants } from "@/lib/catalog";
import { db } from "@/lib/db";
import { registerHandler, type ExternalHandler } from "@/lib/events";
import { searchEngine } from "./engine";
import { syncProducts } from "./sync";
import type { SearchEngine } from "./types";

export const SEARCH_INDEX_HANDLER = "search.index";
const EVENTS = ["ProductChanged", "PriceChanged", "StockChanged"] as const;

/** The handler, with the engine injectable (tests pass their own). */
export function searchIndexHandler(
  engine: () => SearchEngine = searchEngine,
): ExternalHandler<(typeof EVENTS)[number]> {
  return {
    name: SEARCH_INDEX_HANDLER,
    events: EVENTS,
    external: true,
    handle: async (event) => {
      const prisma = await db();
      // Stock events name only the variant: the catalog knows its product.
      const payload = event.payload;
      const productIds = payload.productId
        ? [payload.productId]
        : "variantId" in payload
          ? await productIdsOfVariants(prisma, [payload.variantId])
          : [];
      await syncProducts(engine(), prisma, productIds);
    },
  };
}

registerHandler(searchIndexHandler());
