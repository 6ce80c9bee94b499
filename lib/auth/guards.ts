import "server-only";
// Guards, declared where the work happens and checked on the server every time (the proxy's
// redirect is only a convenience; a request that skips it meets these):
//   pages and actions: `await requireUser()`, `await requireRole("ADMIN")` — redirect to sign-in
//     when signed out, 404 when signed in without the role;
//   the data layer: `await userOrThrow()`, `await roleOrThrow("ADMIN")` — throw AccessError;
//   route handlers: `withAuth("/api/v1/…", { roles: ["ADMIN"] }, handler)` — 401/403 JSON.
import { notFound, redirect } from "next/navigation";
import { withObservability, type RequestObservation } from "@/lib/observability";
import { AccessError } from "./errors";
import { foreignOriginResponse, isSameOrigin } from "./origin";
import type { Role } from "./roles";
import { getSessionUser, type SessionUser } from "./session";
import { signInPath } from "./urls";

export async function userOrThrow(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new AccessError("unauthenticated");
  return user;
}

export async function roleOrThrow(...roles: Role[]): Promise<SessionUser> {
  const user = await userOrThrow();
  if (!roles.includes(user.role)) throw new AccessError("forbidden");
  return user;
}

/** For pages and actions: the user, or a redirect to sign-in that comes back to `returnTo`. */
export async function requireUser(returnTo?: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(signInPath(returnTo));
  return user;
}

/** For pages and actions: a user with one of `roles`; signed out → sign-in, wrong role → 404. */
export async function requireRole(roles: Role | readonly Role[], returnTo?: string): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  const allowed: readonly Role[] = typeof roles === "string" ? [roles] : roles;
  // 404, not 403: the page does not exist for this user (and says nothing about who may see it).
  if (!allowed.includes(user.role)) notFound();
  return user;
}

export interface AuthedRequest extends RequestObservation {
  user: SessionUser;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function errorResponse(status: 401 | 403, message: string): Response {
  const code = status === 401 ? "unauthenticated" : "forbidden";
  return Response.json({ error: { code, message } }, { status, headers: { "cache-control": "no-store" } });
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
    if (!SAFE_METHODS.has(req.method) && !isSameOrigin(req.headers, req.url)) return foreignOriginResponse();
    const user = await getSessionUser();
    if (!user) return errorResponse(401, "Sign in to continue");
    if (options.roles && !options.roles.includes(user.role)) return errorResponse(403, "You do not have access to this");
    try {
      return await handler(req, ctx, { ...observation, user });
    } catch (error) {
      if (error instanceof AccessError) return errorResponse(error.status, error.message);
      throw error;
    }
  });
}
