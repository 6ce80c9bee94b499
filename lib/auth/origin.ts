// Cross-site request refusal for anything that changes data. Browsers send Origin on every
// cross-origin POST (and Sec-Fetch-Site on every request), so a mutating request that names a
// foreign origin is refused; one that names none and is not from a browser (an API client with
// a bearer token, curl) carries no ambient cookie risk and passes.
import { env } from "@/lib/env";

function configuredOrigins(): string[] {
  const { SITE_URL, AUTH_URL } = env();
  return [SITE_URL, AUTH_URL].filter((u): u is string => Boolean(u)).map((u) => new URL(u).origin);
}

/** The origin the request was addressed to, as the browser saw it (behind a proxy too). */
export function requestOrigin(headers: Headers, fallbackUrl?: string): string | null {
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  if (!host) return fallbackUrl ? new URL(fallbackUrl).origin : null;
  const proto =
    headers.get("x-forwarded-proto")?.split(",")[0]?.trim() ||
    (fallbackUrl ? new URL(fallbackUrl).protocol.replace(":", "") : "http");
  return `${proto}://${host}`;
}

export function isSameOrigin(headers: Headers, requestUrl?: string): boolean {
  const origin = headers.get("origin");
  if (origin === null) {
    const site = headers.get("sec-fetch-site");
    return site === null || site === "same-origin" || site === "none";
  }
  if (origin === "null") return false;
  const allowed = new Set(configuredOrigins());
  const own = requestOrigin(headers, requestUrl);
  if (own) allowed.add(own);
  // Compare hosts too: a TLS-terminating proxy may not say the scheme was https.
  const originHost = URL.canParse(origin) ? new URL(origin).host : null;
  return allowed.has(origin) || [...allowed].some((a) => new URL(a).host === originHost);
}

export function foreignOriginResponse(): Response {
  return Response.json(
    { error: { code: "forbidden_origin", message: "Cross-site requests are not allowed" } },
    { status: 403 },
  );
}
