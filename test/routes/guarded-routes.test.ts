// The cron and metrics routes answer only callers holding their shared secret.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";

process.env.CRON_SECRET = "cron-secret-0123456789";
process.env.METRICS_TOKEN = "metrics-token-0123456789";

const { GET: cron } = await import("@/app/api/cron/outbox/route");
const { GET: metrics } = await import("@/app/api/metrics/route");
const { publish } = await import("@/lib/events");

const call = (
  handler: (req: Request, ctx: unknown) => Promise<Response>,
  url: string,
  token?: string,
) => handler(new Request(url, { headers: token ? { authorization: `Bearer ${token}` } : {} }), {});

beforeAll(async () => {
  const prisma = await db();
  await prisma.$transaction((tx) =>
    publish(tx, {
      type: "ProductChanged",
      aggregateType: "Product",
      aggregateId: "p1",
      payload: { productId: "p1", change: "updated" },
    }),
  );
});

describe("GET /api/cron/outbox", () => {
  it("refuses a missing or wrong token and changes nothing", async () => {
    expect((await call(cron, "http://shop/api/cron/outbox")).status).toBe(401);
    expect((await call(cron, "http://shop/api/cron/outbox", "wrong-token-0123456789")).status).toBe(
      401,
    );
    expect(await (await db()).outboxEvent.count({ where: { status: "PENDING" } })).toBe(1);
  });

  it("drains the outbox for the cron caller", async () => {
    const response = await call(cron, "http://shop/api/cron/outbox", "cron-secret-0123456789");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ claimed: 1, done: 1 });
    expect(await (await db()).outboxEvent.count({ where: { status: "DONE" } })).toBe(1);
  });
});

describe("GET /api/metrics with METRICS_TOKEN set", () => {
  it("answers 401 without the token and the metrics with it", async () => {
    expect((await call(metrics, "http://shop/api/metrics")).status).toBe(401);
    const response = await call(metrics, "http://shop/api/metrics", "metrics-token-0123456789");
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("cartwright_orders_placed_total");
  });
});
