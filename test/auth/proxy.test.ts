// proxy.ts: refuses internal-subrequest headers, redirects signed-out visitors of /account and
// /admin (with a way back), stamps request ids and sets the security headers.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { contentSecurityPolicy, hasSessionCookie, wantsSession } from "@/lib/auth/proxy-rules";

const call = (path: string, headers: Record<string, string> = {}) =>
  proxy(new NextRequest(`http://shop.test${path}`, { headers }));

describe("proxy", () => {
  it("refuses any request carrying x-middleware-subrequest", async () => {
    for (const path of ["/", "/admin", "/api/health", "/account/sign-in"]) {
      expect(
        call(path, { "x-middleware-subrequest": "middleware:middleware:middleware" }).status,
      ).toBe(403);
    }
  });

  it("sends a visitor without a session from /account and /admin to sign-in, keeping the way back", () => {
    const response = call("/admin/users?q=ada");
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe(
      "http://shop.test/account/sign-in?callbackUrl=%2Fadmin%2Fusers%3Fq%3Dada",
    );
    expect(call("/account/orders/1001").headers.get("location")).toContain(
      "callbackUrl=%2Faccount%2Forders%2F1001",
    );
  });

  it("lets public account pages, the shop and a request with a session cookie through", () => {
    for (const path of [
      "/",
      "/account/sign-in",
      "/account/sign-up",
      "/account/reset-password?token=x",
      "/account/verify-email",
    ]) {
      expect(call(path).headers.get("location"), path).toBeNull();
    }
    expect(
      call("/account", { cookie: "authjs.session-token=abc" }).headers.get("location"),
    ).toBeNull();
    expect(
      call("/admin", { cookie: "__Secure-authjs.session-token.0=abc" }).headers.get("location"),
    ).toBeNull();
  });

  it("keeps a valid request id, mints one otherwise, and sets the security headers", () => {
    expect(call("/", { "x-request-id": "req-123" }).headers.get("x-request-id")).toBe("req-123");
    expect(
      call("/", { "x-request-id": "not a valid id; <script>" }).headers.get("x-request-id"),
    ).toMatch(/^[0-9a-f-]{36}$/);
    const headers = call("/").headers;
    expect(headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(headers.get("x-frame-options")).toBe("DENY");
    // Vitest runs with NODE_ENV=test: no HSTS outside production.
    expect(headers.get("strict-transport-security")).toBeNull();
  });
});

describe("proxy rules", () => {
  it("knows which paths want a session", () => {
    expect(
      ["/account", "/account/orders", "/account/addresses/x/edit", "/admin", "/admin/users"].every(
        wantsSession,
      ),
    ).toBe(true);
    expect(
      [
        "/",
        "/accounts",
        "/administrator",
        "/account/sign-in",
        "/account/sign-up/x",
        "/account/forgot-password",
      ].some(wantsSession),
    ).toBe(false);
  });

  it("recognises only Auth.js session cookies", () => {
    expect(hasSessionCookie(["cw_cart", "authjs.csrf-token"])).toBe(false);
    expect(hasSessionCookie(["authjs.session-token.1"])).toBe(true);
  });

  it("adds HSTS-grade strictness only where it applies", () => {
    expect(contentSecurityPolicy({ production: true, https: true })).toContain(
      "upgrade-insecure-requests",
    );
    expect(contentSecurityPolicy({ production: true, https: false })).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy({ production: false, https: false })).toContain("'unsafe-eval'");
  });
});
