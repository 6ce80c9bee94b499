// GET/POST /api/auth/* — Auth.js (sessions, OAuth callbacks, sign-out). A credentials sign-in
// posted here directly meets the same limits as our sign-in form, answered as 429 + Retry-After.
import type { NextRequest } from "next/server";
import { handlers } from "@/auth";
import { foreignOriginResponse, isSameOrigin, signInRefusal } from "@/lib/auth";
import { withObservability } from "@/lib/observability";
import { clientIp, tooManyRequests } from "@/lib/rate-limit";

const ROUTE = "/api/auth/[...nextauth]";

export const GET = withObservability(ROUTE, (req: NextRequest) => handlers.GET(req));

export const POST = withObservability(ROUTE, async (req: NextRequest) => {
  if (!isSameOrigin(req.headers, req.url)) return foreignOriginResponse();
  if (req.nextUrl.pathname.endsWith("/callback/credentials")) {
    const form = await req
      .clone()
      .formData()
      .catch(() => null);
    const email = form?.get("email");
    const retryAfterSeconds = await signInRefusal({
      email: typeof email === "string" ? email : "",
      ip: clientIp(req.headers),
    });
    if (retryAfterSeconds !== null) {
      return tooManyRequests(
        { allowed: false, limit: 0, remaining: 0, retryAfterSeconds },
        "Too many sign-in attempts. Please wait and try again.",
      );
    }
  }
  return handlers.POST(req);
});
