// POST /api/webhooks/stripe — Stripe's signed events. The body is read raw (the signature covers
// its exact bytes); a bad signature is answered 400 and changes nothing.
import { withObservability } from "@/lib/observability";
import { receiveStripeWebhook } from "@/lib/payments";

export const dynamic = "force-dynamic";

export const POST = withObservability("/api/webhooks/stripe", async (req) => {
  const result = await receiveStripeWebhook(await req.text(), req.headers.get("stripe-signature"));
  return Response.json(result.body, { status: result.status });
});
