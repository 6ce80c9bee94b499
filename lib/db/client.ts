// One Prisma client per process: PostgreSQL through @prisma/adapter-pg when DATABASE_URL is set,
// the embedded PGlite otherwise. Migrations are applied before the first query is served.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { env } from "../env";
import { PrismaClient } from "../generated/prisma/client";
import { openEmbedded, pgliteSession } from "./embedded";
import { applyMigrations } from "./migrate";
import { plannedQueries, type PlannedQuery } from "./planned-query";
import type { SqlSession } from "./sql-session";

export type Db = PrismaClient;

export interface Database {
  kind: "embedded" | "postgres";
  prisma: PrismaClient;
  /** A raw session on one connection (migrations, advisory locks, multi-statement SQL). */
  session(): Promise<SqlSession>;
  /** A read statement run often with one shape (search): its plan is kept (planned-query.ts). */
  plannedQuery: PlannedQuery;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PostgreSQL URL; when absent the embedded database is used. */
  url?: string;
  /** Embedded data folder, or "memory" for a throwaway database (tests). */
  dataDir?: string;
  migrate?: boolean;
  poolSize?: number;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  const database = options.url
    ? openPostgres(options.url, options.poolSize)
    : await openPglite(options.dataDir ?? ".data");
  if (options.migrate !== false) {
    const session = await database.session();
    try {
      await applyMigrations(session);
    } catch (error) {
      await session.release();
      await database.close();
      throw error;
    }
    await session.release();
  }
  return database;
}

// JIT compilation costs 50-100 ms per query whose estimated cost passes jit_above_cost; a shop's
// queries are short, and the search bitmaps' estimates (not their run times) are high.
const SESSION_OPTIONS = "-c jit=off";

function openPostgres(url: string, poolSize = 10): Database {
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: poolSize, options: SESSION_OPTIONS }),
  });
  const planned = plannedQueries(url, {
    max: Math.max(2, Math.ceil(poolSize / 2)),
    sessionOptions: SESSION_OPTIONS,
  });
  return {
    kind: "postgres",
    prisma,
    plannedQuery: planned.query,
    session: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      return {
        exec: async (sql) => {
          await client.query(sql);
        },
        query: async <T extends Record<string, unknown>>(sql: string, params: unknown[] = []) =>
          (await client.query<T>(sql, params)).rows,
        release: () => client.end(),
      };
    },
    close: async () => {
      await Promise.all([prisma.$disconnect(), planned.close()]);
    },
  };
}

async function openPglite(dataDir: string): Promise<Database> {
  const { pglite, close } = await openEmbedded(dataDir);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    kind: "embedded",
    prisma,
    // One connection, and a small catalog: the plan is made each time, as for any query.
    plannedQuery: (sql) => prisma.$queryRaw<unknown[]>(sql),
    // PGlite is a single connection: the raw session and Prisma share it.
    session: async () => pgliteSession(pglite),
    close: async () => {
      await prisma.$disconnect();
      await close();
    },
  };
}

type DbGlobal = typeof globalThis & {
  __cartwrightDb?: Promise<Database>;
  /** Tests install a factory that hands each test file a fresh database. */
  __cartwrightDbFactory?: () => Promise<Database>;
};
const holder = globalThis as DbGlobal;

function openFromEnv(): Promise<Database> {
  const config = env();
  return openDatabase({ url: config.DATABASE_URL, dataDir: config.CARTWRIGHT_DATA_DIR });
}

/** The process-wide database, opened (and migrated) on first use; kept across dev reloads. */
export function getDatabase(): Promise<Database> {
  if (!holder.__cartwrightDb) {
    const opening = (holder.__cartwrightDbFactory ?? openFromEnv)();
    holder.__cartwrightDb = opening;
    // A failed open is not cached: the next call tries again.
    opening.catch(() => {
      if (holder.__cartwrightDb === opening) holder.__cartwrightDb = undefined;
    });
  }
  return holder.__cartwrightDb;
}

export async function db(): Promise<Db> {
  return (await getDatabase()).prisma;
}

export async function closeDatabase(): Promise<void> {
  const current = holder.__cartwrightDb;
  holder.__cartwrightDb = undefined;
  if (current) await (await current).close();
}
