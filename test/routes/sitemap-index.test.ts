// GET /sitemap.xml (next.config.js rewrites it to app/sitemap-index.xml): a sitemap index whose
// entries are the chunked sitemaps of app/sitemap.ts, which list the catalog's product pages.
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { NextConfig } from "next";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/sitemap-index.xml/route";
import sitemap from "@/app/sitemap";
import { absoluteUrl } from "@/lib/catalog";
import { FIXTURE_PRODUCTS, seedFixtureCatalog } from "@/lib/catalog/testing";

beforeAll(async () => {
  await seedFixtureCatalog();
});

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

describe("GET /sitemap.xml", () => {
  it("is served by the sitemap index route", async () => {
    const config = pathToFileURL(path.resolve(import.meta.dirname, "../../next.config.js")).href;
    const { default: nextConfig } = (await import(/* @vite-ignore */ config)) as {
      default: NextConfig;
    };
    const rewrites = await nextConfig.rewrites?.();
    expect(rewrites).toMatchObject({
      beforeFiles: [{ source: "/sitemap.xml", destination: "/sitemap-index.xml" }],
    });
  });

  it("is a sitemap index naming every chunk, each listing product pages", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/xml/);
    const xml = await response.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<sitemapindex /);
    expect(xml).toContain('xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
    const chunks = locs(xml);
    expect(chunks).toEqual([absoluteUrl("/sitemap/0.xml")]);

    const listed = new Set<string>();
    for (const url of chunks) {
      const id = /\/sitemap\/(\d+)\.xml$/.exec(url)![1]!;
      for (const entry of await sitemap({ id: Promise.resolve(id) })) listed.add(entry.url);
    }
    const sellable = FIXTURE_PRODUCTS.filter(
      (p) =>
        (p.status ?? "ACTIVE") === "ACTIVE" &&
        p.variants.some((v) => (v.status ?? "ACTIVE") === "ACTIVE"),
    );
    expect(sellable.length).toBeGreaterThan(0);
    for (const product of sellable) expect(listed).toContain(absoluteUrl(`/p/${product.slug}`));
  });
});
