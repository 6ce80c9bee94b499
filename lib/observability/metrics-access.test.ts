// /api/metrics on a production server needs METRICS_TOKEN (and is off without one); the
// embedded try-out and development keep it open. The route is imported afresh per mode, since
// the configuration is parsed once per module instance.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { metricsAccess, metricsWarning } from "./metrics-access";

const TOKEN = "scrape-token-0123456789";
const PRODUCTION = { NODE_ENV: "production", DATABASE_URL: "postgresql://db.internal/shop" };

beforeAll(async () => {
  await db();
});

afterEach(() => {
  vi.unstubAllEnvs();
});

async function scrape(environment: Record<string, string>, authorization?: string) {
  for (const name of ["NODE_ENV", "DATABASE_URL", "METRICS_TOKEN"]) vi.stubEnv(name, "");
  for (const [name, value] of Object.entries(environment)) vi.stubEnv(name, value);
  vi.resetModules();
  const { GET } = await import("@/app/api/metrics/route");
  const headers = new Headers(authorization ? { authorization } : {});
  return GET(new Request("http://shop.test/api/metrics", { headers }), {
    params: Promise.resolve({}),
  });
}

describe("metricsAccess", () => {
  it("is off in production without a token, guarded with one, open otherwise", () => {
    expect(
      metricsAccess({ NODE_ENV: "production", DATABASE_URL: PRODUCTION.DATABASE_URL }),
    ).toEqual({ kind: "off" });
    expect(
      metricsAccess({
        NODE_ENV: "production",
        DATABASE_URL: "postgresql://x/y",
        METRICS_TOKEN: TOKEN,
      }),
    ).toEqual({ kind: "token", token: TOKEN });
    // The embedded try-out (`npm start` with no DATABASE_URL) and development stay open.
    expect(metricsAccess({ NODE_ENV: "production" })).toEqual({ kind: "open" });
    expect(metricsAccess({ NODE_ENV: "development", DATABASE_URL: "postgresql://x/y" })).toEqual({
      kind: "open",
    });
  });

  it("warns at start-up when production metrics are off, and is quiet on the try-out", () => {
    expect(metricsWarning({ NODE_ENV: "production", DATABASE_URL: "postgresql://x/y" })).toMatch(
      /METRICS_TOKEN is not set: \/api\/metrics answers 404/,
    );
    expect(metricsWarning({ NODE_ENV: "production" })).toBeNull();
    expect(
      metricsWarning({
        NODE_ENV: "production",
        DATABASE_URL: "postgresql://x/y",
        METRICS_TOKEN: TOKEN,
      }),
    ).toBeNull();
  });
});

describe("GET /api/metrics", () => {
  it("answers 404 in production when no METRICS_TOKEN is configured", async () => {
    const response = await scrape(PRODUCTION);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("cartwright_orders_placed_total");
  });

  it("in production with a token, answers 401 without it and serves metrics with it", async () => {
    expect((await scrape({ ...PRODUCTION, METRICS_TOKEN: TOKEN })).status).toBe(401);
    expect(
      (await scrape({ ...PRODUCTION, METRICS_TOKEN: TOKEN }, "Bearer wrong-token-0123456789"))
        .status,
    ).toBe(401);
    const response = await scrape({ ...PRODUCTION, METRICS_TOKEN: TOKEN }, `Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("cartwright_orders_placed_total 0");
  });

  it("stays open on the embedded try-out and in development", async () => {
    for (const mode of [{ NODE_ENV: "production" }, { NODE_ENV: "development" }]) {
      const response = await scrape(mode);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain("cartwright_orders_placed_total 0");
    }
  });
});
