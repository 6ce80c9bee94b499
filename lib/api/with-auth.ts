// Route handlers for signed-in callers: `withAuth("/api/v1/…", { roles: ["ADMIN"] }, handler)`
// answers 401/403 JSON. It lives above the domain (it wraps routes with observability), so the
// auth module's guards stay free of route concerns.
import {
  AccessError,
  foreignOriginResponse,
  getSessionUser,
  isSameOrigin,
  type Role,
  type SessionUser,
} from "@/lib/auth";
import { withObservability, type RequestObservation } from "@/lib/observability";

export interface AuthedRequest extends RequestObservation {
  user: SessionUser;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function errorResponse(status: 401 | 403, message: string): Response {
  const code = status === 401 ? "unauthenticated" : "forbidden";
  return Response.json(
    { error: { code, message } },
    { status, headers: { "cache-control": "no-store" } },
  );
}

/**
 * A route handler for signed-in callers: `roles` limits it further; mutating methods from a
 * foreign Origin are refused; an AccessError thrown inside becomes 401/403.
 */
export function withAuth<R extends Request, C>(
  route: string,
  options: { roles?: readonly Role[] },
  handler: (req: R, ctx: C, auth: AuthedRequest) => Response | Promise<Response>,
): (req: R, ctx: C) => Promise<Response> {
  return withObservability<R, C>(route, async (req, ctx, observation) => {
    if (!SAFE_METHODS.has(req.method) && !isSameOrigin(req.headers, req.url))
      return foreignOriginResponse();
    const user = await getSessionUser();
    if (!user) return errorResponse(401, "Sign in to continue");
    if (options.roles && !options.roles.includes(user.role))
      return errorResponse(403, "You do not have access to this");
    try {
      return await handler(req, ctx, { ...observation, user });
    } catch (error) {
      if (error instanceof AccessError) return errorResponse(error.status, error.message);
      throw error;
    }
  });
}
