// GET /api/v1/search/suggest: validated input, suggestions from the index, and a rate limit.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";

// This file's engine is the PostgreSQL one, even where Meilisearch is configured.
process.env.MEILISEARCH_HOST = "";
const { GET } = await import("@/app/api/v1/search/suggest/route");

const call = (query: string, ip = "203.0.113.7") =>
  GET(
    new Request(`http://shop/api/v1/search/suggest${query}`, {
      headers: { "x-forwarded-for": ip },
    }),
    {},
  );

// Catalog rows only, written without events (like a seed): the first request must notice the
// empty index and fill it from the catalog before answering.
beforeAll(async () => {
  const prisma = await db();
  for (const [slug, title, price] of [
    ["crew-tee", "Classic Crew T-Shirt", 2500],
    ["pocket-tee", "Vintage Pocket T-Shirt", 1800],
    ["mug", "Stoneware Mug", 1200],
  ] as const) {
    await prisma.product.create({
      data: {
        slug,
        title,
        status: "ACTIVE",
        images: {
          create: [{ url: `/images/products/${slug}.svg`, alt: title, width: 800, height: 800 }],
        },
        variants: {
          create: [
            { sku: slug, title: "One", priceAmount: price, inventory: { create: { onHand: 3 } } },
          ],
        },
      },
    });
  }
});

describe("GET /api/v1/search/suggest", () => {
  it("suggests products for a misspelt prefix", async () => {
    const response = await call("?q=tshri&limit=5");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.query).toBe("tshri");
    expect(body.suggestions.map((s: { slug: string }) => s.slug).sort()).toEqual([
      "crew-tee",
      "pocket-tee",
    ]);
    expect(body.suggestions[0]).toMatchObject({
      price: { currency: "USD" },
      image: { url: expect.stringMatching(/^\/images\//) },
    });
  });

  it("refuses a missing, blank or overlong query and a bad limit with 400 and a message", async () => {
    for (const query of [
      "",
      "?q=",
      "?q=%20%20",
      `?q=${"a".repeat(101)}`,
      "?q=tee&limit=0",
      "?q=tee&limit=x",
    ]) {
      const response = await call(query);
      expect(response.status, query).toBe(400);
      expect((await response.json()).error).toMatchObject({
        code: "invalid_request",
        message: expect.any(String),
      });
    }
  });

  it("answers 429 once an address has asked too often", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 125; i++) statuses.push((await call("?q=mug", "198.51.100.9")).status);
    expect(statuses.slice(0, 120).every((s) => s === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    expect((await call("?q=mug", "198.51.100.10")).status).toBe(200); // other addresses are not affected
  });
});
