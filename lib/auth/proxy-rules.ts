// What proxy.ts decides, as plain functions (no server-only or Node imports): which paths want a
// session, whether a request seems to carry one, and the security headers of every response.

const PUBLIC_ACCOUNT_PATHS = [
  "/account/sign-in",
  "/account/sign-up",
  "/account/forgot-password",
  "/account/reset-password",
  "/account/verify-email",
];

const under = (pathname: string, base: string) =>
  pathname === base || pathname.startsWith(`${base}/`);

/** Paths that only make sense signed in: the proxy sends visitors without a session to sign-in. */
export function wantsSession(pathname: string): boolean {
  if (under(pathname, "/admin")) return true;
  return under(pathname, "/account") && !PUBLIC_ACCOUNT_PATHS.some((p) => under(pathname, p));
}

/** Whether an Auth.js session cookie is present (maybe chunked: name.0, name.1). Not whether it is valid. */
export function hasSessionCookie(cookieNames: Iterable<string>): boolean {
  for (const name of cookieNames) {
    if (/^(__Secure-)?authjs\.session-token(\.\d+)?$/.test(name)) return true;
  }
  return false;
}

export interface SecurityHeaderOptions {
  production: boolean;
  https: boolean;
}

/**
 * The Content-Security-Policy. Scripts allow 'unsafe-inline' because Next.js inlines its
 * bootstrap scripts and pages rendered ahead of time cannot carry a per-request nonce; the
 * rest is locked down: no framing, plugins, foreign forms, base-tag tricks or foreign connections.
 * Stripe's hosts are allowed for Stripe.js and its frames.
 */
export function contentSecurityPolicy({ production, https }: SecurityHeaderOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline' https://js.stripe.com${production ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' https://api.stripe.com${production ? "" : " ws: wss:"}`,
    "frame-src https://js.stripe.com https://hooks.stripe.com",
    "frame-ancestors 'none'",
    "form-action 'self' https://checkout.stripe.com https://github.com https://accounts.google.com",
    "base-uri 'self'",
    "object-src 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export function securityHeaders(options: SecurityHeaderOptions): Array<[string, string]> {
  return [
    ["Content-Security-Policy", contentSecurityPolicy(options)],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    ["X-Content-Type-Options", "nosniff"],
    ["X-Frame-Options", "DENY"],
    ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), browsing-topics=()"],
    // Popups (payment or sign-in windows) may still talk back to us; other windows may not.
    ["Cross-Origin-Opener-Policy", "same-origin-allow-popups"],
    // Two years, as browsers' preload lists ask; only in production, where TLS is expected.
    ...(options.production
      ? [["Strict-Transport-Security", "max-age=63072000; includeSubDomains"] as [string, string]]
      : []),
  ];
}

/**
 * Whether a path holds a percent-escape that does not decode (`/c/%FF`). No page has such an
 * address, and Next.js answers it with a bare 500 when it decodes the route's params, so the
 * proxy serves the shop's not-found page instead.
 */
export function hasMalformedEscape(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * A server-action request (a POST with a `Next-Action` header, or a form post to a page) whose
 * Origin is not the host it was sent to. Next.js refuses it too, but with a 500; the proxy
 * answers 403 first. Same rule as Next's: the Origin's host against X-Forwarded-Host, else Host.
 */
export function isForeignServerAction(input: {
  method: string;
  pathname: string;
  headers: Headers;
}): boolean {
  const { method, pathname, headers } = input;
  if (method !== "POST") return false;
  const formPost =
    /^multipart\/form-data/i.test(headers.get("content-type") ?? "") && !under(pathname, "/api");
  if (!headers.has("next-action") && !formPost) return false;
  const origin = headers.get("origin");
  // No Origin: not a browser (browsers send it on every POST), so no ambient cookies at risk.
  if (origin === null) return false;
  if (origin === "null" || !URL.canParse(origin)) return true;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  return new URL(origin).host !== host;
}
