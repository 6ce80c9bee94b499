// Outbox health in three numbers, for /api/health and /api/metrics: a growing backlog or an old
// undelivered event means the dispatcher is down or a handler keeps failing.
import { z } from "zod";
import { db, type Db } from "../db";

export interface OutboxStats {
  /** Events not yet delivered: waiting (PENDING) or being handled right now (PROCESSING). */
  pending: number;
  /** Events that used up their attempts and wait for an operator (see retryFailed). */
  failed: number;
  /** Seconds since the oldest undelivered event was published; 0 when there is none. */
  oldestPendingAgeSeconds: number;
}

// $queryRaw hands back whatever the driver produced: check it instead of trusting a cast.
const statsRow = z.object({
  pending: z.coerce.number().int().nonnegative(),
  failed: z.coerce.number().int().nonnegative(),
  oldest_age_seconds: z.coerce.number(),
});

export async function outboxStats(client?: Db): Promise<OutboxStats> {
  const prisma = client ?? (await db());
  // One statement, so the numbers are from the same snapshot. The undelivered filter matches
  // the partial index on (availableAt, id) WHERE status IN ('PENDING', 'PROCESSING'), and the
  // FAILED count uses the (status, availableAt) index: DONE rows, the bulk of the table, are
  // never scanned. The age is computed by the database clock, in UTC like every stored time.
  const rows = await prisma.$queryRaw<unknown[]>`
    SELECT
      (SELECT count(*) FROM "OutboxEvent" WHERE "status" IN ('PENDING', 'PROCESSING'))::int AS pending,
      (SELECT count(*) FROM "OutboxEvent" WHERE "status" = 'FAILED')::int AS failed,
      COALESCE(
        (SELECT EXTRACT(EPOCH FROM ((now() AT TIME ZONE 'UTC') - min("createdAt")))
           FROM "OutboxEvent" WHERE "status" IN ('PENDING', 'PROCESSING')),
        0
      )::float8 AS oldest_age_seconds`;
  const row = statsRow.parse(rows[0]);
  return {
    pending: row.pending,
    failed: row.failed,
    // A clock a little behind the writer's would show a negative age: clamp it.
    oldestPendingAgeSeconds: Math.max(0, Math.round(row.oldest_age_seconds)),
  };
}
