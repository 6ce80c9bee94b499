// GET /sitemap.xml (rewritten here by next.config.js: app/sitemap.ts, which serves the chunks at
// /sitemap/<n>.xml, owns that name) — the sitemap index crawlers look for first, naming each
// chunk. Read at request time, like them.
import { sitemapIndexXml } from "@/lib/catalog";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return new Response(await sitemapIndexXml(), {
    headers: {
      "content-type": "application/xml; charset=utf-8",
      "cache-control": "public, max-age=3600",
    },
  });
}
