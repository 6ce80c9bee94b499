// Paths and absolute links for account pages. Links in mails are built from SITE_URL (or
// AUTH_URL), never from the request's Host header, which a caller could set to their own domain.
import { env } from "@/lib/env";

export const SIGN_IN_PATH = "/account/sign-in";

/** `value` when it is a path on this site ("/account/orders?page=2"), else `fallback`. */
export function safeReturnPath(value: unknown, fallback = "/account"): string {
  if (
    typeof value !== "string" ||
    !value.startsWith("/") ||
    value.startsWith("//") ||
    value.startsWith("/\\")
  )
    return fallback;
  if (/[\r\n\t]/.test(value) || value.length > 512) return fallback;
  // Never come back to the sign-in page itself (a loop) or into Auth.js's endpoints.
  if (value.startsWith(SIGN_IN_PATH) || value.startsWith("/api/auth")) return fallback;
  return value;
}

export function signInPath(returnTo?: string): string {
  const target = returnTo ? safeReturnPath(returnTo, "") : "";
  return target ? `${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(target)}` : SIGN_IN_PATH;
}

export function siteUrl(): string {
  const config = env();
  return (config.SITE_URL ?? config.AUTH_URL ?? `http://localhost:${config.PORT}`).replace(
    /\/+$/,
    "",
  );
}

export function absoluteUrl(path: string, params: Record<string, string> = {}): string {
  const url = new URL(path, `${siteUrl()}/`);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}
