// Fresh databases for tests: see setup-db.ts.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "@/lib/db";

export const testDatabaseUrl = process.env.TEST_DATABASE_URL || undefined;
export const onRealPostgres = Boolean(testDatabaseUrl);

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** Opens a new, migrated database; closing it drops it (on PostgreSQL). */
export async function openTestDatabase(
  options: { poolSize?: number; migrate?: boolean } = {},
): Promise<Database> {
  if (!testDatabaseUrl) return openDatabase({ dataDir: "memory", migrate: options.migrate });
  const name = `cw_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: testDatabaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const database = await openDatabase({
    url: withDatabaseName(testDatabaseUrl, name),
    poolSize: options.poolSize ?? 20,
    migrate: options.migrate,
  });
  return {
    ...database,
    close: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: testDatabaseUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
