// With no database at all: health says "down" with a 503, and a scrape still answers.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as metrics } from "@/app/api/metrics/route";

beforeAll(() => {
  // Replaces the per-file test database (test/setup-db.ts) with one that cannot be opened.
  (globalThis as { __cartwrightDbFactory?: unknown }).__cartwrightDbFactory = () =>
    Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:5432"));
});

const ctx = { params: Promise.resolve({}) };

describe("when the database is unreachable", () => {
  it("GET /api/health answers 503, down", async () => {
    const response = await health(new Request("http://shop.test/api/health"), ctx);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      status: "down",
      database: { ok: false },
      outbox: null,
    });
  });

  it("GET /api/metrics still answers, with the database gauges as NaN", async () => {
    const response = await metrics(new Request("http://shop.test/api/metrics"), ctx);
    expect(response.status).toBe(200);
    const text = await response.text();
    // prom-client writes "Nan"; Prometheus parses NaN case-insensitively.
    expect(text).toMatch(/^cartwright_outbox_pending_events nan$/im);
    expect(text).toContain("nodejs_heap_size_used_bytes");
  });
});
