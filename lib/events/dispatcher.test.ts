// Delivery guarantees: a failing handler never loses its event, and an event delivered twice
// never applies a handler's effect twice.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, inTransaction, type Db } from "@/lib/db";
import {
  dispatchBatch,
  HandlerRegistry,
  publish,
  type DispatchOptions,
  type OutboxMessage,
} from "@/lib/events";

let prisma: Db;
let registry: HandlerRegistry;
let failuresLeft: number;
const external: bigint[] = [];

const options = (): DispatchOptions => ({ workerId: "test", registry, maxAttempts: 3 });
const publishStockLow = () =>
  inTransaction((tx) =>
    publish(tx, {
      type: "StockLow",
      aggregateType: "Variant",
      aggregateId: "var_1",
      payload: { variantId: "var_1", productId: "prod_1", available: 2, threshold: 5 },
    }),
  );
const effects = async (eventId: bigint) =>
  Number(
    (
      await prisma.$queryRaw<
        { n: number }[]
      >`SELECT count(*)::int AS n FROM events_test_effect WHERE event_id = ${eventId}`
    )[0]?.n,
  );
/** Skips the backoff wait: every undelivered event becomes due now. */
const makeDue = () =>
  prisma.outboxEvent.updateMany({
    where: { status: "PENDING" },
    data: { availableAt: new Date(0) },
  });

beforeAll(async () => {
  prisma = await db();
  // A scratch table standing in for a real handler's effect (this file has its own database).
  await prisma.$executeRaw`CREATE TABLE events_test_effect (event_id BIGINT NOT NULL, handler TEXT NOT NULL)`;
});

beforeEach(async () => {
  await prisma.outboxEvent.deleteMany();
  failuresLeft = 0;
  external.length = 0;
  registry = new HandlerRegistry();
  registry.register({
    name: "effect",
    events: ["StockLow"],
    handle: async (event, tx) => {
      await tx.$executeRaw`INSERT INTO events_test_effect (event_id, handler) VALUES (${event.id}, 'effect')`;
      // Fails after writing: the rollback must take the effect away with the mark.
      if (failuresLeft-- > 0) throw new Error(`handler crashed on attempt ${event.attempts}`);
    },
  });
});

describe("dispatchBatch", () => {
  it("delivers an event once and marks it DONE", async () => {
    const id = await publishStockLow();
    expect(await dispatchBatch(options())).toEqual({ claimed: 1, done: 1, retried: 0, failed: 0 });
    expect(await prisma.outboxEvent.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "DONE",
      attempts: 1,
      lockedBy: null,
    });
    expect(await effects(id)).toBe(1);
    expect(await dispatchBatch(options())).toMatchObject({ claimed: 0 });
  });

  it("retries a crashed handler with backoff, then succeeds, applying the effect once", async () => {
    failuresLeft = 1;
    const id = await publishStockLow();
    const before = Date.now();
    expect(await dispatchBatch(options())).toMatchObject({ claimed: 1, retried: 1 });
    const retried = await prisma.outboxEvent.findUniqueOrThrow({ where: { id } });
    expect(retried).toMatchObject({ status: "PENDING", attempts: 1, lockedAt: null });
    expect(retried.lastError).toContain("handler crashed on attempt 1");
    expect(retried.availableAt.getTime()).toBeGreaterThanOrEqual(before + 1900);
    expect(await effects(id)).toBe(0);
    // Not due yet: the backoff holds it back.
    expect(await dispatchBatch(options())).toMatchObject({ claimed: 0 });

    await makeDue();
    expect(await dispatchBatch(options())).toMatchObject({ claimed: 1, done: 1 });
    expect(await prisma.outboxEvent.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "DONE",
      attempts: 2,
    });
    expect(await effects(id)).toBe(1);
  });

  it("parks the event as FAILED with its error after maxAttempts, never dropping it", async () => {
    failuresLeft = Infinity;
    const id = await publishStockLow();
    for (let attempt = 1; attempt <= 3; attempt++) {
      await makeDue();
      expect(await dispatchBatch(options())).toMatchObject({
        claimed: 1,
        [attempt < 3 ? "retried" : "failed"]: 1,
      });
    }
    const failed = await prisma.outboxEvent.findUniqueOrThrow({ where: { id } });
    expect(failed).toMatchObject({ status: "FAILED", attempts: 3, lockedBy: null });
    expect(failed.lastError).toMatch(/^handler effect: Error: handler crashed on attempt 3/);
    await makeDue();
    expect(await dispatchBatch(options())).toMatchObject({ claimed: 0 });
    expect(await effects(id)).toBe(0);
  });

  it("does not apply an effect twice when an expired lease redelivers a handled event", async () => {
    const id = await publishStockLow();
    await dispatchBatch(options());
    // The worker died after the handler committed but before it marked the event DONE.
    await prisma.outboxEvent.update({
      where: { id },
      data: { status: "PROCESSING", lockedBy: "dead", lockedAt: new Date(Date.now() - 3600_000) },
    });
    expect(await dispatchBatch({ ...options(), leaseMs: 60_000 })).toMatchObject({
      claimed: 1,
      done: 1,
    });
    expect(await effects(id)).toBe(1);
    expect(await prisma.outboxEvent.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "DONE",
      attempts: 2,
    });
  });

  it("leaves an event locked by a live worker alone until its lease expires", async () => {
    const id = await publishStockLow();
    await prisma.outboxEvent.update({
      where: { id },
      data: { status: "PROCESSING", lockedBy: "alive", lockedAt: new Date() },
    });
    expect(await dispatchBatch({ ...options(), leaseMs: 60_000 })).toMatchObject({ claimed: 0 });
  });

  it("retries only the handlers that failed", async () => {
    let flakyCalls = 0;
    registry.register({
      name: "external",
      events: ["StockLow"],
      external: true,
      handle: async (event: OutboxMessage) => void external.push(event.id),
    });
    registry.register({
      name: "flaky",
      events: ["StockLow"],
      handle: async () => {
        if (++flakyCalls === 1) throw new Error("flaky");
      },
    });
    const id = await publishStockLow();
    expect(await dispatchBatch(options())).toMatchObject({ retried: 1 });
    await makeDue();
    expect(await dispatchBatch(options())).toMatchObject({ done: 1 });
    expect(flakyCalls).toBe(2);
    expect(await effects(id)).toBe(1);
    expect(external).toEqual([id]);
    expect(await prisma.processedEvent.count({ where: { eventId: id } })).toBe(3);
  });

  it("parks an event whose payload no schema reads at once, with the reason", async () => {
    const row = await prisma.outboxEvent.create({
      data: {
        type: "StockLow",
        aggregateType: "Variant",
        aggregateId: "v",
        payload: { variantId: 1 },
      },
    });
    expect(await dispatchBatch(options())).toMatchObject({ claimed: 1, failed: 1 });
    const parked = await prisma.outboxEvent.findUniqueOrThrow({ where: { id: row.id } });
    expect(parked).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(parked.lastError).toContain("Invalid StockLow payload");
  });
});
