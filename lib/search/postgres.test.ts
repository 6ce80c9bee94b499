// The search contract on the PostgreSQL adapter: the embedded database by default, a real
// server with TEST_DATABASE_URL (see test/setup-db.ts).
import { describe } from "vitest";
import { searchEngineContract } from "./contract";
import { PostgresSearchEngine } from "./postgres/engine";

describe("PostgresSearchEngine", () => {
  searchEngineContract(async () => new PostgresSearchEngine());
});
