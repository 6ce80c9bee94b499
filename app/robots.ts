// /robots.txt — crawlers may read the shop, not the private or transactional pages, and are
// pointed at every sitemap file.
import type { MetadataRoute } from "next";
import { sitemapUrls } from "@/lib/catalog";

export const dynamic = "force-dynamic";

export default async function robots(): Promise<MetadataRoute.Robots> {
  return {
    rules: [
      {
        userAgent: "*",
        allow: "/",
        disallow: ["/admin", "/api/", "/account", "/cart", "/checkout", "/search"],
      },
    ],
    sitemap: await sitemapUrls(),
  };
}
