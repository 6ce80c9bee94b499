// Which search engine this process uses: Meilisearch when MEILISEARCH_HOST is set, the shop's
// own PostgreSQL otherwise. No "server-only": the reindex script picks its engine here too.
import { env, features } from "@/lib/env";
import { MeilisearchEngine } from "./meilisearch/engine";
import { PostgresSearchEngine } from "./postgres/engine";
import type { SearchEngine } from "./types";

export function createSearchEngine(): SearchEngine {
  if (!features.meilisearch()) return new PostgresSearchEngine();
  const config = env();
  return new MeilisearchEngine({
    host: config.MEILISEARCH_HOST!,
    apiKey: config.MEILISEARCH_API_KEY,
  });
}

// One per process, kept on globalThis so Next.js's per-route bundles and dev reloads share it
// (and Meilisearch's settings are applied once).
const holder = globalThis as typeof globalThis & { __cartwrightSearchEngine?: SearchEngine };

export function searchEngine(): SearchEngine {
  holder.__cartwrightSearchEngine ??= createSearchEngine();
  return holder.__cartwrightSearchEngine;
}
