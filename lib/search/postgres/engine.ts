// The default search engine: index tables in the shop's own PostgreSQL (embedded or server):
// words, filters and facet counts by bitmaps in SQL, typo tolerance by pg_trgm (see search.ts).
import { getDatabase, type Database } from "@/lib/db";
import type {
  ReplaceResult,
  SearchDocument,
  SearchEngine,
  SearchRequest,
  SearchResult,
  SearchSuggestion,
} from "../types";
import { searchDocuments } from "./search";
import { suggestDocuments } from "./suggest";
import {
  databaseNow,
  deleteDocuments,
  finishReindex,
  tidyIndexTables,
  upsertDocuments,
} from "./write";

export class PostgresSearchEngine implements SearchEngine {
  readonly kind = "postgres";

  /** `database` picks the database; the process-wide one by default. */
  constructor(private readonly database: () => Promise<Database> = getDatabase) {}

  private async client() {
    return (await this.database()).prisma;
  }

  /** The table and its indexes come with the migrations: nothing to create at run time. */
  async setup(): Promise<void> {}

  async index(documents: SearchDocument[]): Promise<void> {
    await upsertDocuments(await this.client(), documents);
  }

  async delete(ids: string[]): Promise<void> {
    await deleteDocuments(await this.client(), ids);
  }

  async replaceAll(
    batches: AsyncIterable<SearchDocument[]>,
    onBatch?: (indexed: number) => void,
  ): Promise<ReplaceResult> {
    const client = await this.client();
    // Upsert everything, then drop what is older than the run and rebuild the bitmaps in one
    // pass. Shoppers keep searching the old bitmaps meanwhile, and an event-driven update
    // written during the run is newer, so it stays.
    const startedAt = await databaseNow(client);
    let indexed = 0;
    for await (const batch of batches) {
      await upsertDocuments(client, batch, { bitmaps: false });
      indexed += batch.length;
      onBatch?.(indexed);
    }
    const removed = await finishReindex(client, startedAt);
    await tidyIndexTables(client);
    return { indexed, removed };
  }

  async count(): Promise<number> {
    return (await this.client()).searchDocument.count();
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    return searchDocuments(await this.database(), request);
  }

  async suggest(query: string, limit: number): Promise<SearchSuggestion[]> {
    return suggestDocuments(await this.database(), query, limit);
  }
}
