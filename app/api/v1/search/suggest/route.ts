// GET /api/v1/search/suggest?q=<text>[&limit=1..10] — search-as-you-type suggestions for the
// header box: the best-matching products for what has been typed so far (typos tolerated).
import { z } from "zod";
import { AppError, errorResponse, fieldErrorsFromZod } from "@/lib/errors";
import { withObservability } from "@/lib/observability";
import { clientIp, RateLimiter, tooManyRequests } from "@/lib/rate-limit";
import { suggestProducts, suggestQuerySchema, type SuggestResponse } from "@/lib/search";

export const dynamic = "force-dynamic";

// A debounced search box sends a few requests a second while someone types; this leaves room
// for that and for several people behind one address, not for scraping the catalog.
const limiter = new RateLimiter({ name: "search-suggest:ip", limit: 120, windowMs: 60_000 });

export const GET = withObservability("/api/v1/search/suggest", async (req) => {
  const decision = await limiter.consume(clientIp(req.headers));
  if (!decision.allowed)
    return tooManyRequests(decision, "Too many searches. Please wait a moment.");
  const params = new URL(req.url).searchParams;
  const parsed = suggestQuerySchema.safeParse({
    q: params.get("q") ?? "",
    limit: params.get("limit") ?? undefined,
  });
  if (!parsed.success) {
    const invalid = new AppError("invalid_request", z.prettifyError(parsed.error), {
      fields: fieldErrorsFromZod(parsed.error),
    });
    return errorResponse(invalid, { headers: { "cache-control": "no-store" } });
  }
  const suggestions = await suggestProducts(parsed.data.q, parsed.data.limit);
  // Same answer for everyone: browsers and CDNs may keep it briefly while a shopper retypes.
  return Response.json({ query: parsed.data.q, suggestions } satisfies SuggestResponse, {
    headers: { "cache-control": "public, max-age=30, stale-while-revalidate=60" },
  });
});
