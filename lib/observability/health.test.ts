import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { onRealPostgres } from "@/test/db";
import { HEALTH_THRESHOLDS, checkHealth, healthStatus } from "./health";

// Open (and migrate) this file's database up front: it takes seconds on the embedded one,
// which belongs to no single test's time budget.
beforeAll(async () => {
  await db();
});

const calm = { pending: 3, failed: 0, oldestPendingAgeSeconds: 2 };

describe("healthStatus", () => {
  it("is down without a database, whatever the outbox says", () => {
    expect(healthStatus(false, calm)).toBe("down");
    expect(healthStatus(false, null)).toBe("down");
  });

  it("is degraded when events fail, wait too long, or cannot be counted", () => {
    expect(healthStatus(true, { ...calm, failed: HEALTH_THRESHOLDS.failedEvents })).toBe(
      "degraded",
    );
    expect(
      healthStatus(true, {
        ...calm,
        oldestPendingAgeSeconds: HEALTH_THRESHOLDS.oldestPendingAgeSeconds,
      }),
    ).toBe("degraded");
    expect(healthStatus(true, null)).toBe("degraded");
  });

  it("is ok with a small, fresh backlog", () => {
    expect(healthStatus(true, calm)).toBe("ok");
  });
});

describe("checkHealth", () => {
  it("reports the database kind, reachable, and an empty outbox", async () => {
    const report = await checkHealth();
    expect(report.status).toBe("ok");
    expect(report.database).toMatchObject({
      ok: true,
      kind: onRealPostgres ? "postgres" : "embedded",
    });
    expect(report.database.latencyMs).toBeGreaterThanOrEqual(0);
    expect(report.outbox).toEqual({ pending: 0, failed: 0, oldestPendingAgeSeconds: 0 });
  });

  it("turns degraded when failed events pile up", async () => {
    const prisma = await db();
    await prisma.outboxEvent.createMany({
      data: Array.from({ length: HEALTH_THRESHOLDS.failedEvents }, (_, i) => ({
        type: "Test",
        aggregateType: "Test",
        aggregateId: String(i),
        payload: {},
        status: "FAILED" as const,
      })),
    });
    const report = await checkHealth();
    expect(report.status).toBe("degraded");
    expect(report.outbox?.failed).toBe(HEALTH_THRESHOLDS.failedEvents);
  });
});
