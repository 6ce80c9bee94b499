// The two operational routes, called as Next.js would call them.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as metrics } from "@/app/api/metrics/route";
import { db } from "@/lib/db";
import { onRealPostgres } from "@/test/db";

// Open (and migrate) this file's database up front: it takes seconds on the embedded one,
// which belongs to no single test's time budget.
beforeAll(async () => {
  await db();
});

const get = (path: string) =>
  new Request(`http://shop.test${path}`, { headers: { "x-request-id": "probe-1" } });

async function scrape(): Promise<string> {
  const response = await metrics(get("/api/metrics"), { params: Promise.resolve({}) });
  expect(response.status).toBe(200);
  return response.text();
}

describe("GET /api/health", () => {
  it("answers 200 with the database kind and an empty outbox", async () => {
    const response = await health(get("/api/health"), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("probe-1");
    expect(await response.json()).toMatchObject({
      status: "ok",
      database: { ok: true, kind: onRealPostgres ? "postgres" : "embedded" },
      outbox: { pending: 0, failed: 0, oldestPendingAgeSeconds: 0 },
    });
  });
});

describe("GET /api/metrics", () => {
  it("serves the Prometheus text format", async () => {
    const response = await metrics(get("/api/metrics"), { params: Promise.resolve({}) });
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toContain("# TYPE process_cpu_user_seconds_total counter");
    expect(text).toContain("cartwright_outbox_pending_events 0");
    expect(text).toContain("cartwright_outbox_failed_events 0");
    expect(text).toContain("cartwright_outbox_oldest_pending_age_seconds 0");
  });

  it("holds the latency histogram of wrapped requests", async () => {
    await health(get("/api/health"), { params: Promise.resolve({}) });
    const text = await scrape();
    expect(text).toContain("# TYPE http_request_duration_seconds histogram");
    expect(text).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/api\/health",status="200"\} [1-9]/,
    );
    expect(text).toMatch(
      /http_request_duration_seconds_bucket\{le="\+Inf",method="GET",route="\/api\/health",status="200"\}/,
    );
  });

  it("counts the orders in the database at scrape time", async () => {
    expect(await scrape()).toContain("cartwright_orders_placed_total 0");
    const prisma = await db();
    for (const key of ["k1", "k2"]) {
      await prisma.order.create({
        data: {
          email: "a@b.c",
          currency: "EUR",
          subtotalAmount: 1000,
          totalAmount: 1200,
          shippingAddress: {},
          idempotencyKey: key,
        },
      });
    }
    expect(await scrape()).toContain("cartwright_orders_placed_total 2");
  });
});
