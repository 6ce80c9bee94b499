// GET /api/metrics — Prometheus scrape endpoint (text exposition format).
import { hasBearer, unauthorized } from "@/lib/api";
import { env } from "@/lib/env";
import { metricsAccess, metricsText, withObservability } from "@/lib/observability";

export const dynamic = "force-dynamic";

export const GET = withObservability("/api/metrics", async (req) => {
  // Order counts are business data: in production only the scraper holding METRICS_TOKEN reads them.
  const access = metricsAccess(env());
  if (access.kind === "off") {
    return Response.json(
      { error: { code: "not_found", message: "Not found" } },
      { status: 404, headers: { "cache-control": "no-store" } },
    );
  }
  if (access.kind === "token" && !hasBearer(req, access.token)) return unauthorized();
  const { body, contentType } = await metricsText();
  return new Response(body, {
    headers: { "content-type": contentType, "cache-control": "no-store" },
  });
});
