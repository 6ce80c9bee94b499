// /sitemap/<n>.xml — every category and every product a shopper can buy, split into files of
// SITEMAP_CHUNK_SIZE addresses (robots.txt lists them all). Read at request time: the catalog
// changes while the server runs, and the database does not exist at build time.
import type { MetadataRoute } from "next";
import { absoluteUrl, sitemapCount, sitemapEntries } from "@/lib/catalog";

export const dynamic = "force-dynamic";

export async function generateSitemaps(): Promise<{ id: number }[]> {
  // Also called by `next build` (as static params), when there is no database to count.
  if (process.env.NEXT_PHASE === "phase-production-build") return [{ id: 0 }];
  return Array.from({ length: await sitemapCount() }, (_, id) => ({ id }));
}

export default async function sitemap(props: {
  id: Promise<string>;
}): Promise<MetadataRoute.Sitemap> {
  const chunk = Number(await props.id);
  if (!Number.isInteger(chunk) || chunk < 0) return [];
  const entries = await sitemapEntries(chunk);
  const home: MetadataRoute.Sitemap =
    chunk === 0 ? [{ url: absoluteUrl("/"), changeFrequency: "daily", priority: 1 }] : [];
  return [
    ...home,
    ...entries.map((entry) => ({
      url: absoluteUrl(entry.path),
      lastModified: entry.lastModified,
      changeFrequency: entry.path.startsWith("/c/") ? ("daily" as const) : ("weekly" as const),
    })),
  ];
}
