// The migrations folder and prisma/schema.prisma must describe the same database: apply the
// migrations to one fresh database and Prisma's own from-empty DDL to another, then compare.
import { afterAll, beforeAll, expect, it } from "vitest";
import { getDatabase, type Database } from "@/lib/db";
import { openTestDatabase } from "@/test/db";
import { diffSql } from "@/scripts/migration-diff";

const COLUMNS = `
  SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
  FROM information_schema.columns
  WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
  ORDER BY table_name, column_name`;
const INDEXES = `SELECT indexname FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname`;
const FOREIGN_KEYS = `
  SELECT conname FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace ORDER BY conname`;

let migrated: Database;
let fromSchema: Database;

beforeAll(async () => {
  migrated = await getDatabase();
  fromSchema = await openTestDatabase({ migrate: false });
  const session = await fromSchema.session();
  await session.exec(diffSql("prisma/schema.prisma"));
  await session.release();
}, 120_000);

afterAll(async () => {
  await fromSchema?.close();
});

async function rows(database: Database, sql: string) {
  const session = await database.session();
  try {
    return await session.query(sql);
  } finally {
    await session.release();
  }
}

it("has the same tables, columns, types, nullability and defaults", async () => {
  expect(await rows(migrated, COLUMNS)).toEqual(await rows(fromSchema, COLUMNS));
});

it("has every index and foreign key the schema declares", async () => {
  const migratedIndexes = new Set((await rows(migrated, INDEXES)).map((r) => r.indexname));
  for (const { indexname } of await rows(fromSchema, INDEXES))
    expect(migratedIndexes).toContain(indexname);
  expect(await rows(migrated, FOREIGN_KEYS)).toEqual(await rows(fromSchema, FOREIGN_KEYS));
});
