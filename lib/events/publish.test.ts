// publish writes with the caller's transaction and refuses what the catalog does not describe;
// outboxStats reads the backlog.
import { beforeEach, describe, expect, it } from "vitest";
import { db, inTransaction, type Db } from "@/lib/db";
import { InvalidEventError, publish, retryFailed, type NewEvent } from "@/lib/events";
import { outboxStats } from "./stats";

let prisma: Db;

const placed: NewEvent<"OrderPlaced"> = {
  type: "OrderPlaced",
  aggregateType: "Order",
  aggregateId: "ord_1",
  payload: {
    orderId: "ord_1",
    number: 1001,
    userId: null,
    currency: "USD",
    totalAmount: 2500,
    lines: [{ variantId: "var_1", quantity: 2 }],
  },
};

beforeEach(async () => {
  prisma = await db();
  await prisma.outboxEvent.deleteMany();
});

describe("publish", () => {
  it("writes a PENDING event in the caller's transaction", async () => {
    const id = await inTransaction((tx) => publish(tx, placed));
    const row = await prisma.outboxEvent.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      type: "OrderPlaced",
      aggregateType: "Order",
      aggregateId: "ord_1",
      status: "PENDING",
      attempts: 0,
    });
    expect(row.payload).toEqual(placed.payload);
  });

  it("rolls back with the transaction it belongs to", async () => {
    await expect(
      inTransaction(async (tx) => {
        await publish(tx, placed);
        throw new Error("the order could not be placed");
      }),
    ).rejects.toThrow("could not be placed");
    expect(await prisma.outboxEvent.count()).toBe(0);
  });

  it("strips keys the schema does not know", async () => {
    const payload = { ...placed.payload, cardNumber: "4242" } as NewEvent<"OrderPlaced">["payload"];
    const id = await inTransaction((tx) => publish(tx, { ...placed, payload }));
    expect(
      (await prisma.outboxEvent.findUniqueOrThrow({ where: { id } })).payload,
    ).not.toHaveProperty("cardNumber");
  });

  it("refuses an invalid payload, a wrong aggregate and an unknown type", async () => {
    const bad = [
      { ...placed, payload: { ...placed.payload, lines: [] } },
      { ...placed, aggregateType: "Product" },
      { ...placed, type: "OrderShipped" },
    ] as unknown as NewEvent<"OrderPlaced">[];
    for (const event of bad) {
      await expect(inTransaction((tx) => publish(tx, event))).rejects.toBeInstanceOf(
        InvalidEventError,
      );
    }
    expect(await prisma.outboxEvent.count()).toBe(0);
  });
});

describe("outboxStats", () => {
  it("is all zeros on an empty outbox", async () => {
    expect(await outboxStats()).toEqual({ pending: 0, failed: 0, oldestPendingAgeSeconds: 0 });
  });

  it("counts undelivered and failed events and ages the oldest undelivered one", async () => {
    const hourAgo = new Date(Date.now() - 3600_000);
    const base = {
      type: "OrderPlaced",
      aggregateType: "Order",
      aggregateId: "ord_1",
      payload: placed.payload,
    };
    await prisma.outboxEvent.createMany({
      data: [
        { ...base, status: "PENDING", createdAt: hourAgo },
        { ...base, status: "PROCESSING" },
        { ...base, status: "FAILED", createdAt: new Date(Date.now() - 86_400_000) },
        { ...base, status: "DONE", createdAt: new Date(Date.now() - 86_400_000) },
      ],
    });
    const stats = await outboxStats();
    expect(stats).toMatchObject({ pending: 2, failed: 1 });
    expect(stats.oldestPendingAgeSeconds).toBeGreaterThanOrEqual(3599);
    expect(stats.oldestPendingAgeSeconds).toBeLessThan(3660);
  });
});

describe("retryFailed", () => {
  it("puts a FAILED event back in line with fresh attempts, and nothing else", async () => {
    const failed = await prisma.outboxEvent.create({
      data: {
        ...placed,
        payload: placed.payload,
        status: "FAILED",
        attempts: 10,
        lastError: "boom",
      },
    });
    const done = await prisma.outboxEvent.create({
      data: { ...placed, payload: placed.payload, status: "DONE" },
    });
    expect(await retryFailed(String(failed.id))).toBe(true);
    expect(await retryFailed(done.id)).toBe(false);
    expect(await prisma.outboxEvent.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({
      status: "PENDING",
      attempts: 0,
      lastError: "boom",
    });
    await expect(retryFailed("not-a-number")).rejects.toThrow();
  });
});
