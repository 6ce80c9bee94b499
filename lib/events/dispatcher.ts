// Delivers outbox events to their handlers. A batch is claimed in one short statement (rows
// locked with FOR UPDATE SKIP LOCKED, so concurrent workers take disjoint batches), then each
// event is handled outside that claim: no transaction stays open across a batch.
// Delivery is at least once; the ProcessedEvent row written with each handler's effect turns
// that into exactly-once effects, even when a worker dies mid-batch and its lease expires.
import { z } from "zod";
import { db, type Db } from "../db";
import { eventDefinitions, eventTypeSchema, type OutboxMessage } from "./event-types";
import { defaultRegistry, runHandlerOnce, type HandlerRegistry } from "./registry";

export interface DispatchOptions {
  /** Written to lockedBy: which process holds an event. */
  workerId: string;
  batchSize?: number;
  /** After this long a PROCESSING event is presumed abandoned (its worker died) and reclaimed. */
  leaseMs?: number;
  /** Attempts before an event is parked as FAILED for an operator. */
  maxAttempts?: number;
  registry?: HandlerRegistry;
  /** A specific client (tests run several workers against one database); db() otherwise. */
  client?: Db;
}

export interface DispatchResult {
  claimed: number;
  done: number;
  /** Failed this time, scheduled again with backoff. */
  retried: number;
  /** Parked as FAILED: attempts used up, or an event no schema can read. */
  failed: number;
}

export const dispatchDefaults = { batchSize: 20, leaseMs: 5 * 60_000, maxAttempts: 10 } as const;
const maxBackoffSeconds = 10 * 60;

/** Seconds to wait before attempt `attempts + 1`: 2, 4, 8 … capped at ten minutes. */
export function backoffSeconds(attempts: number): number {
  return Math.min(2 ** Math.max(1, attempts), maxBackoffSeconds);
}

const claimedRow = z.object({
  id: z.bigint(),
  type: z.string(),
  aggregateId: z.string(),
  payload: z.unknown(),
  attempts: z.number().int(),
  createdAt: z.date(),
});
type ClaimedRow = z.infer<typeof claimedRow>;

// Tuning comes from code, env or an operator's route: a zero batch or lease would spin or steal.
const tuning = z.object({
  workerId: z.string().min(1).max(200),
  batchSize: z.number().int().min(1).max(1000).default(dispatchDefaults.batchSize),
  leaseMs: z.number().int().min(1000).default(dispatchDefaults.leaseMs),
  maxAttempts: z.number().int().min(1).default(dispatchDefaults.maxAttempts),
});

export async function dispatchBatch(options: DispatchOptions): Promise<DispatchResult> {
  const { workerId, batchSize, leaseMs, maxAttempts } = tuning.parse(options);
  const client = options.client ?? (await db());
  const registry = options.registry ?? defaultRegistry();
  // Autocommit: the claim is its own transaction, and the row locks end with the statement.
  // The status filter repeats the partial index's predicate so the planner can use it. Times
  // come from the database clock (in UTC, like Prisma's) so workers' clocks need not agree.
  const rows = await client.$queryRaw<unknown[]>`
    WITH due AS (
      SELECT "id" FROM "OutboxEvent"
      WHERE "status" IN ('PENDING', 'PROCESSING')
        AND "availableAt" <= (now() AT TIME ZONE 'UTC')
        AND ("status" = 'PENDING'
             OR "lockedAt" < (now() AT TIME ZONE 'UTC') - (${leaseMs}::int * interval '1 millisecond'))
      ORDER BY "availableAt", "id"
      LIMIT ${batchSize}::int
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "OutboxEvent" AS e
    SET "status" = 'PROCESSING', "lockedAt" = (now() AT TIME ZONE 'UTC'), "lockedBy" = ${workerId},
        "attempts" = e."attempts" + 1
    FROM due WHERE e."id" = due."id"
    RETURNING e."id", e."type", e."aggregateId", e."payload", e."attempts", e."createdAt"`;
  const claimed = z
    .array(claimedRow)
    .parse(rows)
    .sort((a, b) => (a.id < b.id ? -1 : 1));

  const result: DispatchResult = { claimed: claimed.length, done: 0, retried: 0, failed: 0 };
  for (const row of claimed) {
    const outcome = await deliver(client, registry, row, maxAttempts);
    result[outcome] += 1;
  }
  return result;
}

async function deliver(
  client: Db,
  registry: HandlerRegistry,
  row: ClaimedRow,
  maxAttempts: number,
) {
  // The claim is identified by (id, attempts): if our lease ran out and another worker took the
  // event, these updates match nothing and leave its state to that worker.
  const mine = { id: row.id, status: "PROCESSING", attempts: row.attempts } as const;
  const event = readEvent(row);
  if (!event.ok) {
    // Retrying cannot fix a payload no schema reads; park it at once, with the reason.
    await client.outboxEvent.updateMany({
      where: mine,
      data: { status: "FAILED", lastError: event.error, lockedAt: null, lockedBy: null },
    });
    return "failed" as const;
  }
  let current = "";
  try {
    // In order; a failure stops the rest, and the retry skips the handlers already recorded.
    for (const handler of registry.handlersFor(event.message.type)) {
      current = handler.name;
      await runHandlerOnce(client, handler, event.message);
    }
  } catch (error) {
    const lastError = `handler ${current}: ${describe(error)}`;
    if (row.attempts >= maxAttempts) {
      await client.outboxEvent.updateMany({
        where: mine,
        data: { status: "FAILED", lastError, lockedAt: null, lockedBy: null },
      });
      return "failed" as const;
    }
    const availableAt = new Date(Date.now() + backoffSeconds(row.attempts) * 1000);
    await client.outboxEvent.updateMany({
      where: mine,
      data: { status: "PENDING", availableAt, lastError, lockedAt: null, lockedBy: null },
    });
    return "retried" as const;
  }
  await client.outboxEvent.updateMany({
    where: mine,
    data: { status: "DONE", processedAt: new Date(), lockedAt: null, lockedBy: null },
  });
  return "done" as const;
}

function readEvent(
  row: ClaimedRow,
): { ok: true; message: OutboxMessage } | { ok: false; error: string } {
  const type = eventTypeSchema.safeParse(row.type);
  if (!type.success) return { ok: false, error: `Unknown event type ${row.type}` };
  const definition = eventDefinitions[type.data];
  const payload = definition.payload.safeParse(row.payload);
  if (!payload.success)
    return { ok: false, error: `Invalid ${type.data} payload: ${z.prettifyError(payload.error)}` };
  // Type, aggregate and payload were checked together just above; TypeScript cannot correlate them.
  const message = {
    ...row,
    type: type.data,
    aggregateType: definition.aggregateType,
    payload: payload.data,
  };
  return { ok: true, message: message as OutboxMessage };
}

function describe(error: unknown): string {
  const text =
    error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return text.slice(0, 4000);
}

/**
 * For operators: gives a FAILED event a fresh set of attempts, due now. Its lastError stays
 * until the next attempt replaces it. Returns false when no FAILED event has that id.
 */
export async function retryFailed(id: bigint | number | string, client?: Db): Promise<boolean> {
  const eventId = z.coerce.bigint().positive().parse(id);
  const prisma = client ?? (await db());
  const { count } = await prisma.outboxEvent.updateMany({
    where: { id: eventId, status: "FAILED" },
    data: { status: "PENDING", attempts: 0, availableAt: new Date() },
  });
  return count === 1;
}
