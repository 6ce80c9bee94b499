// The bearer secret of POST /api/cache/revalidate. Derived from AUTH_SECRET, so the web server
// and `npm run worker` agree without another setting; without AUTH_SECRET, a random secret per
// process still lets the web server's own dispatcher call itself (the embedded default).
import { createHmac, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

const holder = globalThis as typeof globalThis & { __cartwrightRevalidationSecret?: string };

export function revalidationSecret(): string {
  const authSecret = env().AUTH_SECRET;
  // A derived key, so the route never holds (or leaks through timing) the session secret itself.
  if (authSecret)
    return createHmac("sha256", authSecret)
      .update("cartwright:cache-revalidate")
      .digest("base64url");
  holder.__cartwrightRevalidationSecret ??= randomBytes(32).toString("base64url");
  return holder.__cartwrightRevalidationSecret;
}
