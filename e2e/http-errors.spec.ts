// Plain HTTP against the production server (no browser): malformed input gets a 4xx, never a
// 500, and the files crawlers and browsers ask for on their own (/sitemap.xml, /favicon.ico)
// exist.
import { expect, test } from "@playwright/test";

const ACTION_ID = "7f3c9a0d5e1b2c4d6e8f0a1b2c3d4e5f6a7b8c9d0e";

test("an address with a broken percent-escape gets the shop's not-found page", async ({
  request,
}) => {
  for (const path of ["/c/%FF", "/p/tee%E2%82", "/%C0"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()["content-type"], path).toMatch(/^text\/html/);
    // The shop's own not-found page, inside the shop layout.
    expect(await response.text(), path).toMatch(/We couldn.t find that page/);
  }
});

test("a server action posted from another site is refused with a 4xx", async ({
  request,
  baseURL,
}) => {
  const foreign = await request.post("/", {
    headers: {
      origin: "https://evil.example",
      "next-action": ACTION_ID,
      "content-type": "text/plain;charset=UTF-8",
    },
    data: "[]",
  });
  expect(foreign.status()).toBe(403);
  // From the shop itself, an action id the build does not know is a 4xx as well.
  const unknown = await request.post("/", {
    headers: {
      origin: new URL(baseURL!).origin,
      "next-action": ACTION_ID,
      "content-type": "text/plain;charset=UTF-8",
    },
    data: "[]",
  });
  expect(unknown.status()).toBeGreaterThanOrEqual(400);
  expect(unknown.status()).toBeLessThan(500);
});

test("/sitemap.xml is a sitemap index whose sitemaps list product pages", async ({ request }) => {
  const index = await request.get("/sitemap.xml");
  expect(index.status()).toBe(200);
  expect(index.headers()["content-type"]).toMatch(/xml/);
  const xml = await index.text();
  expect(xml).toContain("<sitemapindex");
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(locs.length).toBeGreaterThan(0);
  let products = 0;
  for (const loc of locs) {
    const chunk = await request.get(new URL(loc).pathname);
    expect(chunk.status(), loc).toBe(200);
    const body = await chunk.text();
    expect(body, loc).toContain("<urlset");
    products += (body.match(/<loc>[^<]*\/p\/[a-z0-9-]+<\/loc>/g) ?? []).length;
  }
  expect(products).toBeGreaterThan(0);
});

test("/favicon.ico is an icon", async ({ request }) => {
  const response = await request.get("/favicon.ico");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^image\//);
  expect((await response.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
});
