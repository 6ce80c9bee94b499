// proxy.ts turns two bare 500s of Next.js into 4xx answers: an address whose percent-escapes do
// not decode gets the shop's not-found page (a rewrite to a static not-found route), and a server
// action posted from another site is refused with 403 before Next.js aborts it with a 500.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { hasMalformedEscape, isForeignServerAction } from "@/lib/auth/proxy-rules";

const ACTION_ID = "7f3c9a0d5e1b2c4d6e8f0a1b2c3d4e5f6a7b8c9d0e";

const post = (path: string, headers: Record<string, string>) =>
  proxy(new NextRequest(`http://shop.test${path}`, { method: "POST", headers, body: "[]" }));

describe("malformed percent-escapes", () => {
  it("rewrites the address to the shop's not-found page", () => {
    for (const path of ["/c/%FF", "/p/tee%E2%82", "/%ZZ", "/c/clothing/%C0"]) {
      const response = proxy(new NextRequest(`http://shop.test${path}`));
      expect(response.headers.get("x-middleware-rewrite"), path).toBe(
        "http://shop.test/page-not-found",
      );
      expect(response.headers.get("x-request-id"), path).toBeTruthy();
    }
  });

  it("leaves well-formed escapes alone", () => {
    for (const path of ["/c/clothing", "/p/caf%C3%A9", "/search?q=%FF", "/c/a%2Fb"]) {
      const response = proxy(new NextRequest(`http://shop.test${path}`));
      expect(response.headers.get("x-middleware-rewrite"), path).toBeNull();
    }
    expect(hasMalformedEscape("/p/caf%C3%A9")).toBe(false);
    expect(hasMalformedEscape("/c/%FF")).toBe(true);
  });
});

describe("server actions from another site", () => {
  it("are refused with 403, whatever the action id", async () => {
    const response = post("/", {
      host: "shop.test",
      origin: "https://evil.example",
      "next-action": ACTION_ID,
      "content-type": "text/plain;charset=UTF-8",
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "forbidden_origin" } });
    // A form post to a page is a server action too; a sandboxed frame sends Origin: null.
    expect(
      post("/cart", {
        host: "shop.test",
        origin: "null",
        "content-type": "multipart/form-data; boundary=x",
      }).status,
    ).toBe(403);
  });

  it("pass when the origin is the host (or the forwarded host), or when no browser sent it", () => {
    const same = { "next-action": ACTION_ID, "content-type": "text/plain" };
    expect(post("/", { ...same, host: "shop.test", origin: "http://shop.test" }).status).toBe(200);
    expect(
      post("/", {
        ...same,
        host: "10.0.0.5:3000",
        "x-forwarded-host": "shop.example",
        origin: "https://shop.example",
      }).status,
    ).toBe(200);
    expect(post("/", { ...same, host: "shop.test" }).status).toBe(200);
  });

  it("leaves other posts to the routes that check them", () => {
    const headers = (extra: Record<string, string>) =>
      new Headers({ host: "shop.test", origin: "https://evil.example", ...extra });
    // Route handlers check origins themselves (lib/auth origin checks) and answer 403 there.
    expect(
      isForeignServerAction({
        method: "POST",
        pathname: "/api/cart",
        headers: headers({ "content-type": "multipart/form-data; boundary=x" }),
      }),
    ).toBe(false);
    expect(
      isForeignServerAction({
        method: "GET",
        pathname: "/",
        headers: headers({ "next-action": ACTION_ID }),
      }),
    ).toBe(false);
  });
});
