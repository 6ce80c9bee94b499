// What the sitemap lists: every category and every ACTIVE product with something to sell,
// in chunks small enough for one sitemap file each (the protocol allows 50,000 addresses).
import { db } from "@/lib/db";

export const SITEMAP_CHUNK_SIZE = 10_000;

export interface SitemapEntry {
  path: string;
  lastModified: string;
}

const sellable = { status: "ACTIVE", variants: { some: { status: "ACTIVE" } } } as const;

/** Sitemap 0 holds the categories; products fill 0 onwards, a chunk each. */
export async function sitemapCount(): Promise<number> {
  const prisma = await db();
  const products = await prisma.product.count({ where: sellable });
  return Math.max(1, Math.ceil(products / SITEMAP_CHUNK_SIZE));
}

export async function sitemapEntries(chunk: number): Promise<SitemapEntry[]> {
  const prisma = await db();
  const products = await prisma.product.findMany({
    where: sellable,
    // A stable order, so the chunks do not overlap while the catalog is unchanged.
    orderBy: { id: "asc" },
    skip: chunk * SITEMAP_CHUNK_SIZE,
    take: SITEMAP_CHUNK_SIZE,
    select: { slug: true, updatedAt: true },
  });
  const entries = products.map((p) => ({
    path: `/p/${p.slug}`,
    lastModified: p.updatedAt.toISOString(),
  }));
  if (chunk !== 0) return entries;
  const categories = await prisma.category.findMany({
    orderBy: { path: "asc" },
    select: { path: true, updatedAt: true },
  });
  return [
    ...categories.map((c) => ({ path: `/c/${c.path}`, lastModified: c.updatedAt.toISOString() })),
    ...entries,
  ];
}
