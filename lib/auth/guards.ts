import "server-only";
// Guards, declared where the work happens and checked on the server every time (the proxy's
// redirect is only a convenience; a request that skips it meets these):
//   pages and actions: `await requireUser()`, `await requireRole("ADMIN")` — redirect to sign-in
//     when signed out, 404 when signed in without the role;
//   the data layer: `await userOrThrow()`, `await roleOrThrow("ADMIN")` — throw AccessError;
//   route handlers: `withAuth` in lib/api (401/403 JSON).
import { notFound, redirect } from "next/navigation";
import { AccessError } from "./errors";
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
export async function requireRole(
  roles: Role | readonly Role[],
  returnTo?: string,
): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  const allowed: readonly Role[] = typeof roles === "string" ? [roles] : roles;
  // 404, not 403: the page does not exist for this user (and says nothing about who may see it).
  if (!allowed.includes(user.role)) notFound();
  return user;
}
