// `npm run search:reindex`: rebuilds the search index (Meilisearch when MEILISEARCH_HOST is set,
// PostgreSQL otherwise) from the catalog, with a progress bar. Shoppers keep searching the old
// index meanwhile; documents of products no longer for sale are removed at the end. Run it after
// a bulk import, after changing search settings, and daily for fresh best-seller ranks.
import { parseArgs } from "node:util";
import { progressPrinter, runMain } from "./lib/cli";
import { closeDatabase, getDatabase } from "../lib/db";
import { createSearchEngine, reindexAll } from "../lib/search";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { "batch-size": { type: "string", default: "500" } } });
  const batchSize = Number(values["batch-size"]);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) {
    console.error(
      `--batch-size must be a whole number from 1 to 10000, got "${values["batch-size"]}"`,
    );
    return 2;
  }
  const database = await getDatabase();
  const engine = createSearchEngine();
  console.error(`Reindexing the ${engine.kind} search index from the ${database.kind} database…`);
  const started = Date.now();
  const result = await reindexAll(engine, database.prisma, {
    batchSize,
    onProgress: progressPrinter(),
  });
  console.log(
    `Indexed ${result.indexed} of ${result.total} active products (the rest have nothing to sell), ` +
      `removed ${result.removed} stale documents, in ${((Date.now() - started) / 1000).toFixed(1)}s.`,
  );
  return 0;
}

runMain(main, { cleanup: closeDatabase });
