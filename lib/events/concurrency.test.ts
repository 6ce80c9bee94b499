// Several workers draining one outbox at once never take the same event: FOR UPDATE SKIP LOCKED
// hands them disjoint batches. On PostgreSQL the workers use separate clients (separate
// connection pools, as separate processes would); the embedded database has one connection, so
// there the workers are concurrent calls on one client.
import { afterAll, beforeAll, expect, it } from "vitest";
import { getDatabase, openDatabase, type Database, type Db } from "@/lib/db";
import { dispatchBatch, HandlerRegistry, type DispatchResult } from "@/lib/events";
import { onRealPostgres, testDatabaseUrl } from "@/test/db";

const eventCount = 300;
let primary: Database;
const extra: Database[] = [];

beforeAll(async () => {
  primary = await getDatabase();
  if (onRealPostgres && testDatabaseUrl) {
    // The same database this file was given: its name, on the test server.
    const [row] = await primary.prisma.$queryRaw<
      { name: string }[]
    >`SELECT current_database() AS name`;
    const url = new URL(testDatabaseUrl);
    url.pathname = `/${row?.name}`;
    for (let i = 0; i < 2; i++)
      extra.push(await openDatabase({ url: url.toString(), migrate: false, poolSize: 5 }));
  }
  await primary.prisma
    .$executeRaw`CREATE TABLE events_test_effect (event_id BIGINT NOT NULL, worker TEXT NOT NULL)`;
});

afterAll(async () => {
  await Promise.all(extra.map((database) => database.close()));
});

it(`three concurrent workers handle each of ${eventCount} events exactly once`, async () => {
  const payload = { variantId: "v", productId: "p", onHand: 5, reserved: 1, available: 4 };
  await primary.prisma.outboxEvent.createMany({
    data: Array.from({ length: eventCount }, (_, i) => ({
      type: "StockChanged",
      aggregateType: "Variant",
      aggregateId: `v${i}`,
      payload,
    })),
  });
  const calls = new Map<bigint, string[]>();
  const registry = new HandlerRegistry();
  registry.register({
    name: "record",
    events: ["StockChanged"],
    handle: async (event, tx) => {
      const worker = await tx.$queryRaw<
        { w: string }[]
      >`SELECT "lockedBy" AS w FROM "OutboxEvent" WHERE id = ${event.id}`;
      const by = worker[0]?.w ?? "?";
      calls.set(event.id, [...(calls.get(event.id) ?? []), by]);
      await tx.$executeRaw`INSERT INTO events_test_effect (event_id, worker) VALUES (${event.id}, ${by})`;
    },
  });

  const clients: Db[] = onRealPostgres
    ? [primary.prisma, ...extra.map((d) => d.prisma)]
    : [primary.prisma, primary.prisma, primary.prisma];
  const claimedBy = new Map<string, number>();
  const work = async (client: Db, workerId: string) => {
    let total = 0;
    for (;;) {
      const result: DispatchResult = await dispatchBatch({
        client,
        workerId,
        registry,
        batchSize: 7,
      });
      expect(result.claimed).toBe(result.done);
      total += result.claimed;
      if (result.claimed === 0) break;
    }
    claimedBy.set(workerId, total);
  };
  await Promise.all(clients.map((client, i) => work(client, `worker-${i}`)));

  // Claims are disjoint: together the workers claimed each event once, no more.
  expect([...claimedBy.values()].reduce((a, b) => a + b, 0)).toBe(eventCount);
  // More than one worker did real work, or the test proved nothing.
  expect([...claimedBy.values()].filter((n) => n > 0).length).toBeGreaterThan(1);
  expect(calls.size).toBe(eventCount);
  expect([...calls.values()].every((by) => by.length === 1)).toBe(true);
  const effects = await primary.prisma.$queryRaw<{ events: number; rows: number }[]>`
    SELECT count(DISTINCT event_id)::int AS events, count(*)::int AS rows FROM events_test_effect`;
  expect(effects[0]).toEqual({ events: eventCount, rows: eventCount });
  expect(await primary.prisma.outboxEvent.count({ where: { status: "DONE", attempts: 1 } })).toBe(
    eventCount,
  );
});
