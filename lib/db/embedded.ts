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
      if (existsSync(lockFile) && readFileSync(lockFile, "utf8").trim() === String(process.pid))
        rmSync(lockFile);
    } catch {
      // Best effort: a stale lock is reclaimed by the next opener because its pid is dead.
    }
  };
  process.once("exit", release);
  return release;
}

// PGlite has no checkpointer process, and once ~540 MB of WAL piles up the automatic checkpoint
// it then attempts never returns (the process spins in WebAssembly). An explicit CHECKPOINT
// takes ~0.3 s, so a long-running server (and a long test run) checkpoints whenever the WAL has
// grown by WAL_BUDGET since the last one. The seed does the same inside its transaction.
const WAL_BUDGET = 128 * 1024 * 1024;

function startWalGuard(pglite: PGlite, intervalMs = 10_000): () => Promise<void> {
  let checkpointedAt = 0;
  let running: Promise<void> | undefined;
  const walBytes = async () =>
    Number(
      (
        await pglite.query<{ bytes: string }>(
          "SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '0/0')::text AS bytes",
        )
      ).rows[0]?.bytes ?? 0,
    );
  const check = async () => {
    const now = await walBytes();
    if (now - checkpointedAt < WAL_BUDGET) return;
    await pglite.exec("CHECKPOINT");
    checkpointedAt = await walBytes();
  };
  const timer = setInterval(() => {
    if (running || pglite.closed) return;
    running = check()
      .catch(() => {
        // A failed check is retried on the next tick; closing races end up here too.
      })
      .finally(() => {
        running = undefined;
      });
  }, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}

/** Opens PGlite in `dataDir` (absolute or relative to cwd), or in memory when dataDir is "memory". */
export async function openEmbedded(
  dataDir: string,
): Promise<{ pglite: PGlite; close: () => Promise<void> }> {
  const extensions = { pg_trgm };
  let release = () => {};
  let options: { extensions: typeof extensions; dataDir?: string } = { extensions };
  if (dataDir !== "memory") {
    const dir = path.resolve(dataDir);
    mkdirSync(dir, { recursive: true });
    release = takeLock(path.join(dir, "pglite.lock"), dir);
    options = { extensions, dataDir: path.join(dir, "pglite") };
  }
  try {
    const pglite = await PGlite.create(options);
    const stopGuard = startWalGuard(pglite);
    return {
      pglite,
      close: async () => {
        await stopGuard();
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
