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
