// Health for load balancers and uptime checks: "down" when the database cannot answer (nothing
// works without it), "degraded" when the shop serves but events pile up (mails, stock ledgers,
// search and reports fall behind), "ok" otherwise.
import { getDatabase } from "@/lib/db";
import { features } from "@/lib/env";
import { outboxStats, type OutboxStats } from "@/lib/events";
import { logger } from "@/lib/logger";

export type HealthStatus = "ok" | "degraded" | "down";

export interface HealthReport {
  status: HealthStatus;
  database: { ok: boolean; kind: "embedded" | "postgres"; latencyMs: number };
  /** null when the outbox could not be read. */
  outbox: OutboxStats | null;
}

export const HEALTH_THRESHOLDS = {
  /** Events that exhausted their retries need a human; a handful is noise, this many is not. */
  failedEvents: 10,
  /** Events are drained right after commit and by the worker: 5 minutes old means it is stuck. */
  oldestPendingAgeSeconds: 300,
};

// A hung database must not hang the probe: the balancer would time out and learn nothing.
// Opening gets longer: it applies migrations, once per process (seconds on the embedded one).
const PING_TIMEOUT_MS = 3_000;
const OPEN_TIMEOUT_MS = 30_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function configuredKind(): "embedded" | "postgres" {
  try {
    return features.embeddedDatabase() ? "embedded" : "postgres";
  } catch {
    return "embedded";
  }
}

async function checkDatabase(): Promise<HealthReport["database"]> {
  let started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let kind = configuredKind();
  try {
    const database = await withTimeout(getDatabase(), OPEN_TIMEOUT_MS);
    kind = database.kind;
    started = performance.now();
    await withTimeout(database.prisma.$queryRaw`SELECT 1`, PING_TIMEOUT_MS);
    return { ok: true, kind, latencyMs: elapsed() };
  } catch (error) {
    logger.error({ err: error }, "health: database check failed");
    return { ok: false, kind, latencyMs: elapsed() };
  }
}

async function readOutbox(): Promise<OutboxStats | null> {
  try {
    return await withTimeout(outboxStats(), PING_TIMEOUT_MS);
  } catch (error) {
    logger.warn({ err: error }, "health: outbox stats unavailable");
    return null;
  }
}

/** The status for given readings; exported so the thresholds can be tested without a backlog. */
export function healthStatus(
  databaseOk: boolean,
  outbox: OutboxStats | null,
  thresholds = HEALTH_THRESHOLDS,
): HealthStatus {
  if (!databaseOk) return "down";
  if (!outbox) return "degraded";
  const backlogged =
    outbox.failed >= thresholds.failedEvents ||
    outbox.oldestPendingAgeSeconds >= thresholds.oldestPendingAgeSeconds;
  return backlogged ? "degraded" : "ok";
}

export async function checkHealth(): Promise<HealthReport> {
  const database = await checkDatabase();
  const outbox = database.ok ? await readOutbox() : null;
  return { status: healthStatus(database.ok, outbox), database, outbox };
}
