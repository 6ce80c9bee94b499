// Applies prisma/migrations in order, each in its own transaction, under an advisory lock so
// two instances starting together never both migrate. Records them in `_prisma_migrations`
// with Prisma's columns and checksum, so `prisma migrate status` agrees on a machine that has
// Prisma's engine.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { SqlSession } from "./sql-session";

// Any constant works; this one spells "cartwrt" and keeps clear of other apps' locks.
const MIGRATION_LOCK_KEY = 7_224_011_453;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function migrationsDir(): string {
  // turbopackIgnore: the folder is read at run time, not traced into the build.
  return path.join(/* turbopackIgnore: true */ process.cwd(), "prisma", "migrations");
}

export function readMigrations(dir = migrationsDir()): Migration[] {
  if (!existsSync(dir)) throw new Error(`No migrations folder at ${dir}`);
  return readdirSync(dir, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")),
    )
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// The advisory lock serialises processes; PGlite's single connection shares one lock holder,
// so callers within one process also queue here.
let queue: Promise<unknown> = Promise.resolve();

/** Applies what is pending; returns the names applied now. */
export function applyMigrations(
  session: SqlSession,
  migrations = readMigrations(),
): Promise<string[]> {
  const run = queue.then(() => applyLocked(session, migrations));
  queue = run.catch(() => undefined);
  return run;
}

async function applyLocked(session: SqlSession, migrations: Migration[]): Promise<string[]> {
  await session.exec(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
  try {
    await session.exec(CREATE_MIGRATIONS_TABLE);
    const rows = await session.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    const done: string[] = [];
    for (const migration of migrations) {
      const previous = applied.get(migration.name);
      if (previous !== undefined) {
        if (previous !== migration.checksum) {
          throw new Error(
            `Migration ${migration.name} was changed after it was applied; add a new migration instead`,
          );
        }
        continue;
      }
      await session.exec("BEGIN");
      try {
        await session.exec(migration.sql);
        await session.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
           VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await session.exec("COMMIT");
      } catch (error) {
        await session.exec("ROLLBACK");
        throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`, {
          cause: error,
        });
      }
      done.push(migration.name);
    }
    return done;
  } finally {
    await session.exec(`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
  }
}
