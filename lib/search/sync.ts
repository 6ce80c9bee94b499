// Keeping an engine's index in step with the catalog: single products (from outbox events) and
// the full reindex (npm run search:reindex). No "server-only": the reindex script uses it.
import { activeProductIds, countActiveProducts, countIndexableProducts } from "@/lib/catalog";
import type { Db } from "@/lib/db";
import { loadSearchDocuments } from "./documents";
import { driftedProductIds } from "./postgres/drift";
import type { ReplaceResult, SearchEngine } from "./types";

/** Re-reads these products and writes what shoppers may find; the rest leave the index. */
export async function syncProducts(
  engine: SearchEngine,
  client: Db,
  productIds: string[],
): Promise<{ indexed: number; removed: number }> {
  const ids = [...new Set(productIds)];
  const documents = await loadSearchDocuments(client, ids);
  const found = new Set(documents.map((d) => d.id));
  const gone = ids.filter((id) => !found.has(id));
  await engine.index(documents);
  await engine.delete(gone);
  return { indexed: documents.length, removed: gone.length };
}

export interface ReindexOptions {
  batchSize?: number;
  /** Called after each batch with the products read so far and how many there are. */
  onProgress?(done: number, total: number): void;
}

/** Rebuilds the whole index from the catalog; the old index keeps serving until the end. */
export async function reindexAll(
  engine: SearchEngine,
  client: Db,
  options: ReindexOptions = {},
): Promise<ReplaceResult & { total: number }> {
  const batchSize = options.batchSize ?? 500;
  const total = await countActiveProducts(client);
  await engine.setup();
  options.onProgress?.(0, total);
  async function* batches() {
    let after: string | null = null;
    let done = 0;
    for (;;) {
      const ids = await activeProductIds(client, after, batchSize);
      if (ids.length === 0) return;
      yield await loadSearchDocuments(client, ids);
      done += ids.length;
      after = ids[ids.length - 1]!;
      // The count was taken at the start: products published meanwhile may push past it.
      options.onProgress?.(done, Math.max(total, done));
    }
  }
  return { ...(await engine.replaceAll(batches())), total };
}

/** Past this many differences, a full reindex is cheaper than syncing products one batch at a time. */
const DRIFT_LIMIT = 5000;

/**
 * Brings an index that missed changes (a seed or an import writes no events) back in line with
 * the catalog. PostgreSQL compares exactly, in SQL, and syncs only the difference; Meilisearch
 * cannot be joined with the catalog, so a different document count triggers a full reindex.
 * Returns how many products it looked at (0 when the index was in line).
 */
export async function catchUp(engine: SearchEngine, client: Db): Promise<number> {
  if (engine.kind === "postgres") {
    const ids = await driftedProductIds(client, DRIFT_LIMIT);
    if (ids.length === 0) return 0;
    if (ids.length >= DRIFT_LIMIT) return (await reindexAll(engine, client)).total;
    for (let i = 0; i < ids.length; i += 500)
      await syncProducts(engine, client, ids.slice(i, i + 500));
    return ids.length;
  }
  const [indexed, indexable] = await Promise.all([engine.count(), countIndexableProducts(client)]);
  return indexed === indexable ? 0 : (await reindexAll(engine, client)).total;
}
