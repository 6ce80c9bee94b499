// GET /api/metrics — Prometheus scrape endpoint (text exposition format).
import { hasBearer, unauthorized } from "@/lib/api";
import { env } from "@/lib/env";
import { metricsText, withObservability } from "@/lib/observability";

export const dynamic = "force-dynamic";

export const GET = withObservability("/api/metrics", async (req) => {
  // Order counts are business data: when METRICS_TOKEN is set, only the scraper may read them.
  const token = env().METRICS_TOKEN;
  if (token && !hasBearer(req, token)) return unauthorized();
  const { body, contentType } = await metricsText();
  return new Response(body, {
    headers: { "content-type": contentType, "cache-control": "no-store" },
  });
});
