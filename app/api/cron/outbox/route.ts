// GET /api/cron/outbox — drains the outbox where no long-running process can (Vercel Cron).
import { hasBearer, unauthorized } from "@/lib/api";
import { env } from "@/lib/env";
import { defaultWorkerId, drainOutbox } from "@/lib/events";
import "@/lib/event-subscribers";
import { withObservability } from "@/lib/observability";

export const dynamic = "force-dynamic";

export const GET = withObservability("/api/cron/outbox", async (req) => {
  const secret = env().CRON_SECRET;
  if (!secret)
    return Response.json(
      { error: { code: "not_configured", message: "Set CRON_SECRET to enable this route" } },
      { status: 404 },
    );
  if (!hasBearer(req, secret)) return unauthorized();
  const result = await drainOutbox({ workerId: `cron-${defaultWorkerId()}`, maxBatches: 50 });
  return Response.json(result);
});
