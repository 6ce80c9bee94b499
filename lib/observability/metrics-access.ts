// Who may read /api/metrics. Order counts and traffic are business data: a production server
// (NODE_ENV=production on a PostgreSQL DATABASE_URL) serves them only to a scraper holding
// METRICS_TOKEN, and without a token it serves them to nobody. The embedded try-out and
// development stay open, so `npm start` on a laptop shows them with no setup.
import type { Env } from "@/lib/env";

export type MetricsAccess =
  | { kind: "open" }
  | { kind: "token"; token: string }
  /** Production without METRICS_TOKEN: the route answers 404. */
  | { kind: "off" };

export function metricsAccess(
  config: Pick<Env, "NODE_ENV" | "DATABASE_URL" | "METRICS_TOKEN">,
): MetricsAccess {
  if (config.METRICS_TOKEN) return { kind: "token", token: config.METRICS_TOKEN };
  const production = config.NODE_ENV === "production" && Boolean(config.DATABASE_URL);
  return production ? { kind: "off" } : { kind: "open" };
}

/** The start-up line for a server whose metrics are off or open to anyone; null when guarded. */
export function metricsWarning(
  config: Pick<Env, "NODE_ENV" | "DATABASE_URL" | "METRICS_TOKEN">,
): string | null {
  const access = metricsAccess(config);
  if (access.kind === "off") {
    return "METRICS_TOKEN is not set: /api/metrics answers 404. Set METRICS_TOKEN (16+ characters) and scrape with `Authorization: Bearer <token>`.";
  }
  if (access.kind === "open" && config.DATABASE_URL) {
    return "METRICS_TOKEN is not set: /api/metrics is open to anyone (not a production server). Set METRICS_TOKEN before exposing it.";
  }
  return null;
}
