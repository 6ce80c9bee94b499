// The embedded PostgreSQL (PGlite): a real Postgres in WebAssembly, data in a folder, so a
// newcomer needs no database server. It has no locking of its own: a second process opening
// the same folder silently loses data, so we hold a pid lock file for as long as it is open.
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { SqlSession } from "./sql-session";

export class EmbeddedDatabaseBusyError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `The embedded database in ${dir} is in use by process ${pid}. Stop that process first ` +
        `(in embedded mode the web server runs the worker and the seed itself), or set DATABASE_URL to use PostgreSQL.`,
    );
    this.name = "EmbeddedDatabaseBusyError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function takeLock(lockFile: string, dir: string): () => void {
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, "utf8").trim());
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
      throw new EmbeddedDatabaseBusyError(dir, pid);
    }
  }
  writeFileSync(lockFile, String(process.pid));
  const release = () => {
    try {
      if (existsSync(lockFile) && readFileSync(lockFile, "utf8").trim() === String(process.pid)) rmSync(lockFile);
    } catch {
      // Best effort: a stale lock is reclaimed by the next opener because its pid is dead.
    }
  };
  process.once("exit", release);
  return release;
}

/** Opens PGlite in `dataDir` (absolute or relative to cwd), or in memory when dataDir is "memory". */
export async function openEmbedded(dataDir: string): Promise<{ pglite: PGlite; close: () => Promise<void> }> {
  const extensions = { pg_trgm };
  if (dataDir === "memory") {
    const pglite = await PGlite.create({ extensions });
    return { pglite, close: () => pglite.close() };
  }
  const dir = path.resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const release = takeLock(path.join(dir, "pglite.lock"), dir);
  try {
    const pglite = await PGlite.create({ dataDir: path.join(dir, "pglite"), extensions });
    return {
      pglite,
      close: async () => {
        await pglite.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

export function pgliteSession(pglite: PGlite): SqlSession {
  return {
    exec: async (sql) => {
      await pglite.exec(sql);
    },
    query: async <T extends Record<string, unknown>>(sql: string, params: unknown[] = []) =>
      (await pglite.query<T>(sql, params)).rows,
    release: async () => {},
  };
}
