// POST /api/cache/revalidate — expires cache tags on behalf of the outbox handlers, which run
// outside any request and so cannot call revalidateTag themselves (see lib/cache/invalidate.ts).
import { revalidateTag } from "next/cache";
import { z } from "zod";
import { hasBearer, unauthorized } from "@/lib/api";
import { cacheTagPattern, revalidationSecret } from "@/lib/cache";
import { AppError, errorResponse, fieldErrorsFromZod } from "@/lib/errors";
import { withObservability } from "@/lib/observability";

export const dynamic = "force-dynamic";

const bodySchema = z.object({
  tags: z.array(z.string().regex(cacheTagPattern, "is not a Cartwright cache tag")).min(1).max(500),
});

export const POST = withObservability("/api/cache/revalidate", async (req) => {
  if (!hasBearer(req, revalidationSecret())) return unauthorized();
  const body: unknown = await req.json().catch(() => null);
  const parsed = bodySchema.safeParse(body);
  if (!parsed.success) {
    return errorResponse(
      new AppError("invalid_input", z.prettifyError(parsed.error), {
        fields: fieldErrorsFromZod(parsed.error),
      }),
    );
  }
  const tags = [...new Set(parsed.data.tags)];
  // expire: 0 — the next request waits for fresh data instead of being served the old price.
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  return Response.json({ revalidated: tags.length });
});
