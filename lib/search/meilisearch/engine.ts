// The Meilisearch adapter (MEILISEARCH_HOST set): the official client, settings applied at
// start, every write awaited until Meilisearch has applied it, so an event handler that
// returns has really updated the index (and one that throws is retried by the outbox).
import {
  Meilisearch,
  type EnqueuedTaskPromise,
  type Index,
  type SearchResponse,
} from "meilisearch";
import type {
  ReplaceResult,
  SearchDocument,
  SearchEngine,
  SearchRequest,
  SearchResult,
  SearchSuggestion,
} from "../types";
import {
  attributesToRetrieve,
  indexSettings,
  toMeili,
  toSuggestion,
  toSummary,
  type MeiliDocument,
} from "./documents";
import { mergeFacets } from "./facets";
import { planQueries } from "./queries";

export interface MeilisearchOptions {
  host: string;
  apiKey?: string;
  /** The index of products; tests use a throwaway one. */
  indexUid?: string;
}

/** Large batches take Meilisearch a while to index; past this, the write counts as failed. */
const TASK_TIMEOUT_MS = 120_000;

async function settled(task: EnqueuedTaskPromise, allowedError?: string): Promise<void> {
  const result = await task.waitTask({ timeout: TASK_TIMEOUT_MS });
  if (result.status === "succeeded") return;
  if (result.error && result.error.code === allowedError) return;
  throw new Error(
    `Meilisearch task ${result.uid} (${result.type}) ${result.status}: ${result.error?.message ?? "no error message"}`,
  );
}

export class MeilisearchEngine implements SearchEngine {
  readonly kind = "meilisearch";
  readonly indexUid: string;
  private readonly client: Meilisearch;
  private ready: Promise<void> | undefined;

  constructor(options: MeilisearchOptions) {
    this.client = new Meilisearch({ host: options.host, apiKey: options.apiKey, timeout: 10_000 });
    this.indexUid = options.indexUid ?? "products";
  }

  private get products(): Index<MeiliDocument> {
    return this.client.index<MeiliDocument>(this.indexUid);
  }

  /** Creates the index (if missing) and applies the settings, once per engine. */
  setup(): Promise<void> {
    this.ready ??= (async () => {
      await settled(
        this.client.createIndex(this.indexUid, { primaryKey: "id" }),
        "index_already_exists",
      );
      await settled(this.products.updateSettings(indexSettings));
    })().catch((error: unknown) => {
      this.ready = undefined; // try again on the next call
      throw error;
    });
    return this.ready;
  }

  async index(documents: SearchDocument[], indexedAt = Date.now()): Promise<void> {
    if (documents.length === 0) return;
    await this.setup();
    await settled(
      this.products.addDocuments(
        documents.map((d) => toMeili(d, indexedAt)),
        { primaryKey: "id" },
      ),
    );
  }

  async delete(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.setup();
    await settled(this.products.deleteDocuments(ids));
  }

  async replaceAll(
    batches: AsyncIterable<SearchDocument[]>,
    onBatch?: (indexed: number) => void,
  ): Promise<ReplaceResult> {
    await this.setup();
    // Same approach as PostgreSQL: the live index keeps serving while it is rewritten, then the
    // copies older than the run (products that no longer exist or sell) are deleted.
    const startedAt = Date.now();
    let indexed = 0;
    for await (const batch of batches) {
      await this.index(batch, Date.now());
      indexed += batch.length;
      onBatch?.(indexed);
    }
    const before = await this.count();
    await settled(this.products.deleteDocuments({ filter: `indexedAt < ${startedAt}` }));
    return { indexed, removed: before - (await this.count()) };
  }

  async count(): Promise<number> {
    await this.setup();
    return (await this.products.getStats()).numberOfDocuments;
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    await this.setup();
    const { queries, groups } = planQueries(this.indexUid, request);
    const { results } = await this.client.multiSearch({ queries });
    const [main, ...perGroup] = results as SearchResponse[];
    if (!main) throw new Error("Meilisearch returned no results for the main query");
    const total = main.totalHits ?? 0;
    return {
      hits: main.hits.map(toSummary),
      total,
      page: request.page,
      pageSize: request.pageSize,
      pageCount: Math.ceil(total / request.pageSize),
      facets: mergeFacets(main, groups, perGroup),
    };
  }

  async suggest(query: string, limit: number): Promise<SearchSuggestion[]> {
    if (!query.trim()) return [];
    await this.setup();
    const response = await this.products.search(query, {
      limit,
      attributesToRetrieve,
      matchingStrategy: "all",
    });
    return response.hits.map(toSuggestion);
  }
}
