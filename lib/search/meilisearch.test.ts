// The search contract on the Meilisearch adapter, against the server in MEILISEARCH_HOST (a
// throwaway index, deleted afterwards). Without a server the suite is skipped, and says so.
import { randomBytes } from "node:crypto";
import { afterAll, describe } from "vitest";
import { Meilisearch } from "meilisearch";
import { searchEngineContract } from "./contract";
import { MeilisearchEngine } from "./meilisearch/engine";

const host = process.env.MEILISEARCH_HOST;
const apiKey = process.env.MEILISEARCH_API_KEY;
const indexUid = `cartwright_test_${randomBytes(4).toString("hex")}`;

if (!host)
  console.warn("[search] MEILISEARCH_HOST is not set: SKIPPING the Meilisearch contract suite.");

describe.skipIf(!host)("MeilisearchEngine", () => {
  searchEngineContract(async () => new MeilisearchEngine({ host: host!, apiKey, indexUid }));

  afterAll(async () => {
    await new Meilisearch({ host: host!, apiKey }).deleteIndex(indexUid).waitTask();
  });
});
