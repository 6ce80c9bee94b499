// Prometheus metrics. One registry per process, kept on globalThis so dev reloads do not
// register the same metric twice. Business gauges (outbox, orders) are read from the database
// at scrape time rather than counted in memory: every instance then reports the same truth,
// and a restart loses nothing.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { outboxStats, type OutboxStats } from "@/lib/events";
import { countOrdersPlaced } from "@/lib/orders";
import { logger } from "@/lib/logger";

type HttpLabels = "method" | "route" | "status";

interface Metrics {
  registry: Registry;
  httpDuration: Histogram<HttpLabels>;
}

const holder = globalThis as typeof globalThis & { __cartwrightMetrics?: Metrics };

// Known verbs only, so a client sending odd methods cannot grow the label set.
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

// The three outbox gauges are collected concurrently; they share one query per scrape.
let outboxRead: { at: number; stats: Promise<OutboxStats | undefined> } | undefined;

function sharedOutboxStats(): Promise<OutboxStats | undefined> {
  if (!outboxRead || Date.now() - outboxRead.at > 1_000) {
    const stats = outboxStats().catch((error: unknown) => {
      logger.warn({ err: error }, "metrics: outbox stats unavailable");
      return undefined;
    });
    outboxRead = { at: Date.now(), stats };
  }
  return outboxRead.stats;
}

function outboxGauge(
  registry: Registry,
  name: string,
  help: string,
  pick: (s: OutboxStats) => number,
) {
  return new Gauge({
    name,
    help,
    registers: [registry],
    async collect() {
      const stats = await sharedOutboxStats();
      // NaN (not a stale or zero value) when the database cannot be read.
      this.set(stats ? pick(stats) : Number.NaN);
    },
  });
}

function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const httpDuration = new Histogram<HttpLabels>({
    name: "http_request_duration_seconds",
    help: "Time to answer an HTTP request (until the response headers), by method, route and status.",
    labelNames: ["method", "route", "status"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  outboxGauge(
    registry,
    "cartwright_outbox_pending_events",
    "Outbox events waiting to be dispatched.",
    (s) => s.pending,
  );
  outboxGauge(
    registry,
    "cartwright_outbox_failed_events",
    "Outbox events that gave up after retries.",
    (s) => s.failed,
  );
  outboxGauge(
    registry,
    "cartwright_outbox_oldest_pending_age_seconds",
    "Age of the oldest pending outbox event (0 when none): dispatcher lag.",
    (s) => s.oldestPendingAgeSeconds,
  );
  new Counter({
    name: "cartwright_orders_placed_total",
    help: "Orders placed since the shop opened (Order rows, any status).",
    registers: [registry],
    async collect() {
      try {
        const placed = await countOrdersPlaced();
        this.reset();
        this.inc(placed);
      } catch (error) {
        // Keep the last known total: a counter must not drop, and the failure is logged.
        logger.warn({ err: error }, "metrics: order count unavailable");
      }
    },
  });
  return { registry, httpDuration };
}

export function metrics(): Metrics {
  holder.__cartwrightMetrics ??= createMetrics();
  return holder.__cartwrightMetrics;
}

export function recordHttpRequest(
  method: string,
  route: string,
  status: number,
  seconds: number,
): void {
  const verb = method.toUpperCase();
  metrics().httpDuration.observe(
    { method: METHODS.has(verb) ? verb : "OTHER", route, status: String(status) },
    seconds,
  );
}

/** The Prometheus exposition text and the content type to serve it with. */
export async function metricsText(): Promise<{ body: string; contentType: string }> {
  const { registry } = metrics();
  return { body: await registry.metrics(), contentType: registry.contentType };
}
