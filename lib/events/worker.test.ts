// The in-process loop: drains on start and on a kick, never runs twice at once, stops cleanly.
import { afterEach, beforeAll, expect, it, vi } from "vitest";
import { db, inTransaction, type Db } from "@/lib/db";
import {
  drainOutbox,
  HandlerRegistry,
  kickDispatcher,
  publish,
  startDispatcher,
  type DispatcherLoop,
} from "@/lib/events";

let prisma: Db;
let loop: DispatcherLoop | undefined;

const publishStockLow = (variantId: string) =>
  inTransaction((tx) =>
    publish(tx, {
      type: "StockLow",
      aggregateType: "Variant",
      aggregateId: variantId,
      payload: { variantId, productId: "p", available: 1, threshold: 5 },
    }),
  );
const delivered = () => prisma.outboxEvent.count({ where: { status: "DONE" } });

beforeAll(async () => {
  prisma = await db();
});

afterEach(async () => {
  await loop?.stop();
  loop = undefined;
  await prisma.outboxEvent.deleteMany();
});

it("drains on start and soon after a kick, one run at a time", async () => {
  let inFlight = 0;
  let maxInFlight = 0;
  const registry = new HandlerRegistry();
  registry.register({
    name: "slow",
    events: ["StockLow"],
    handle: async () => {
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 20));
      inFlight -= 1;
    },
  });
  await publishStockLow("v0");
  // A long interval: after the first run, only kicks can explain a delivery.
  loop = startDispatcher({ intervalMs: 60_000, registry, batchSize: 2 });
  expect(startDispatcher()).toBe(loop);
  await vi.waitFor(async () => expect(await delivered()).toBe(1), { timeout: 5000 });

  for (let i = 1; i <= 6; i++) {
    await publishStockLow(`v${i}`);
    kickDispatcher(); // several kicks while a run is in progress: queued, never overlapping
  }
  await vi.waitFor(async () => expect(await delivered()).toBe(7), { timeout: 5000 });
  expect(maxInFlight).toBe(1);
});

it("stops: waits for the run in hand, then ignores kicks", async () => {
  loop = startDispatcher({ intervalMs: 60_000, registry: new HandlerRegistry() });
  await loop.stop();
  await publishStockLow("after-stop");
  kickDispatcher();
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(await delivered()).toBe(0);
  // Once stopped, a new loop can start.
  const next = startDispatcher({ intervalMs: 60_000, registry: new HandlerRegistry() });
  expect(next).not.toBe(loop);
  loop = next;
  await vi.waitFor(async () => expect(await delivered()).toBe(1), { timeout: 5000 });
});

it("drainOutbox delivers a backlog larger than one batch", async () => {
  for (let i = 0; i < 5; i++) await publishStockLow(`d${i}`);
  const result = await drainOutbox({
    workerId: "drain",
    batchSize: 2,
    registry: new HandlerRegistry(),
  });
  expect(result).toEqual({ claimed: 5, done: 5, retried: 0, failed: 0 });
});
