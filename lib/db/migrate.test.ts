// Two instances starting together must not both migrate: the advisory lock serialises them and
// each migration is recorded once, with Prisma's checksum.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, expect, it } from "vitest";
import { openTestDatabase } from "@/test/db";
import { applyMigrations, readMigrations } from "./migrate";
import type { Database } from "./client";

const opened: Database[] = [];
afterAll(async () => {
  for (const database of opened) await database.close();
});

it("reads migrations in order with sha256 checksums of the files", () => {
  const migrations = readMigrations();
  expect(migrations.length).toBeGreaterThan(0);
  expect(migrations.map((m) => m.name)).toEqual([...migrations.map((m) => m.name)].sort());
  const first = migrations[0]!;
  const file = readFileSync(`prisma/migrations/${first.name}/migration.sql`);
  expect(first.checksum).toBe(createHash("sha256").update(file).digest("hex"));
});

it("applies each migration once even when two runners race", async () => {
  const database = await openTestDatabase({ migrate: false });
  opened.push(database);
  const [a, b] = [await database.session(), await database.session()];
  const results = await Promise.all([applyMigrations(a), applyMigrations(b)]);
  expect(results.flat()).toEqual(readMigrations().map((m) => m.name));
  const rows = await a.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations"`,
  );
  expect(rows).toHaveLength(readMigrations().length);
  await a.release();
  await b.release();
});

it("refuses a migration edited after it was applied", async () => {
  const database = await openTestDatabase();
  opened.push(database);
  const session = await database.session();
  const edited = readMigrations().map((m) => ({ ...m, checksum: "0".repeat(64) }));
  await expect(applyMigrations(session, edited)).rejects.toThrow(
    /was changed after it was applied/,
  );
  await session.release();
});
