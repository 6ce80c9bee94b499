// GET /api/health — database reachability and outbox backlog, for load balancers and uptime checks.
import { checkHealth, withObservability } from "@/lib/observability";

export const dynamic = "force-dynamic";

export const GET = withObservability("/api/health", async () => {
  const health = await checkHealth();
  // 503 only when down: a degraded shop still serves, so the balancer should keep it.
  return Response.json(health, {
    status: health.status === "down" ? 503 : 200,
    headers: { "cache-control": "no-store" },
  });
});
