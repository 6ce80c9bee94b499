// Small request checks: same-origin detection, safe return paths, sign-in tickets, client IPs.
import { describe, expect, it } from "vitest";

process.env.AUTH_SECRET = "test-secret-0123456789-0123456789-abcdef";
const { isSameOrigin, safeReturnPath } = await import("@/lib/auth");
const { issueSignInTicket, redeemSignInTicket } = await import("./sign-in-ticket");
const { clientIp } = await import("@/lib/rate-limit");

describe("isSameOrigin", () => {
  const h = (headers: Record<string, string>) => new Headers({ host: "shop.test", ...headers });
  it("accepts our own origin (also behind a proxy) and requests without Origin from non-browsers", () => {
    expect(isSameOrigin(h({ origin: "http://shop.test" }))).toBe(true);
    expect(
      isSameOrigin(
        new Headers({
          host: "10.0.0.5:3000",
          "x-forwarded-host": "shop.example.com",
          "x-forwarded-proto": "https",
          origin: "https://shop.example.com",
        }),
      ),
    ).toBe(true);
    expect(isSameOrigin(h({}))).toBe(true);
    expect(isSameOrigin(h({ "sec-fetch-site": "same-origin" }))).toBe(true);
  });
  it("refuses foreign, opaque and cross-site requests", () => {
    expect(isSameOrigin(h({ origin: "https://evil.example" }))).toBe(false);
    expect(isSameOrigin(h({ origin: "http://shop.test.evil.example" }))).toBe(false);
    expect(isSameOrigin(h({ origin: "null" }))).toBe(false);
    expect(isSameOrigin(h({ "sec-fetch-site": "cross-site" }))).toBe(false);
  });
});

describe("safeReturnPath", () => {
  it("keeps local paths and drops everything that could leave the site or loop", () => {
    expect(safeReturnPath("/account/orders?page=2")).toBe("/account/orders?page=2");
    for (const bad of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      "/account/sign-in?x=1",
      "/api/auth/signout",
      "/a\nb",
      42,
      undefined,
    ]) {
      expect(safeReturnPath(bad)).toBe("/account");
    }
  });
});

describe("sign-in tickets", () => {
  it("work once, for a minute, and only with our signature", () => {
    const ticket = issueSignInTicket("user-1");
    expect(redeemSignInTicket(ticket)).toBe("user-1");
    expect(redeemSignInTicket(ticket)).toBeNull();
    expect(redeemSignInTicket(issueSignInTicket("user-2", Date.now() - 61_000))).toBeNull();
    const [, expires, nonce, signature] = issueSignInTicket("user-3").split(".");
    expect(redeemSignInTicket(["admin-id", expires, nonce, signature].join("."))).toBeNull();
    expect(redeemSignInTicket("garbage")).toBeNull();
  });
});

describe("clientIp", () => {
  it("takes the address the nearest proxy saw, and nothing that is not an address", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "198.51.100.1, 203.0.113.7" }))).toBe(
      "203.0.113.7",
    );
    // X-Real-IP counts only from a trusted proxy (TRUST_PROXY; lib/rate-limit/client-ip.test.ts).
    expect(clientIp(new Headers({ "x-real-ip": "2001:db8::1" }))).toBe("unknown");
    expect(clientIp(new Headers({ "x-forwarded-for": "<script>" }))).toBe("unknown");
    expect(clientIp(new Headers())).toBe("unknown");
  });
});
