// Gives every test file a fresh, migrated database of its own, opened lazily on first use:
// an in-memory embedded Postgres by default, or a new database on the PostgreSQL server named
// by TEST_DATABASE_URL (npm test runs the suite both ways).
import { afterAll } from "vitest";
import { closeDatabase } from "@/lib/db";
import { openTestDatabase } from "./db";

(globalThis as { __cartwrightDbFactory?: unknown }).__cartwrightDbFactory = openTestDatabase;

afterAll(async () => {
  await closeDatabase();
});
