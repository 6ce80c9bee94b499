// /robots.txt — crawlers may read the shop, not the private or transactional pages, and are
// pointed at every sitemap file.
import type { MetadataRoute } from "next";
import { absoluteUrl, sitemapCount } from "@/lib/catalog";

export const dynamic = "force-dynamic";

export default async function robots(): Promise<MetadataRoute.Robots> {
  const sitemaps = await sitemapCount();
  return {
    rules: [
      {
        userAgent: "*",
        allow: "/",
        disallow: ["/admin", "/api/", "/account", "/cart", "/checkout", "/search"],
      },
    ],
    sitemap: Array.from({ length: sitemaps }, (_, id) => absoluteUrl(`/sitemap/${id}.xml`)),
  };
}
