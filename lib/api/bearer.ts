// Shared-secret bearer tokens for machine callers (Vercel Cron, a Prometheus scraper).
import { createHash, timingSafeEqual } from "node:crypto";

const digest = (value: string) => createHash("sha256").update(value).digest();

/** True when the request carries `Authorization: Bearer <secret>`; compared in constant time. */
export function hasBearer(req: Request, secret: string): boolean {
  const header = req.headers.get("authorization") ?? "";
  const token = /^Bearer (.+)$/.exec(header)?.[1];
  return token !== undefined && timingSafeEqual(digest(token), digest(secret));
}

export function unauthorized(message = "A valid bearer token is required"): Response {
  return Response.json(
    { error: { code: "unauthorized", message } },
    { status: 401, headers: { "www-authenticate": 'Bearer realm="cartwright"' } },
  );
}
