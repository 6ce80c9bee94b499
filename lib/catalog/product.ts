// The product page's data: a slug lookup and the product with its images, options, ACTIVE
// variants (price and available stock) and the breadcrumb of its main category. Two reads, so
// they can be cached under different tags: slugs change rarely, prices and stock often.
import { getStockLevels } from "@/lib/inventory";
import { z } from "zod";
import { db } from "@/lib/db";
import type { CategoryCrumb, ProductDetail, VariantView } from "./types";

const optionsJson = z.record(z.string(), z.string()).catch({});

/** The id of the ACTIVE product at this slug, or null. */
export async function findActiveProductId(slug: string): Promise<string | null> {
  const prisma = await db();
  const row = await prisma.product.findFirst({
    where: { slug, status: "ACTIVE" },
    select: { id: true },
  });
  return row?.id ?? null;
}

/** Paths of the product's categories and, root first, the names along its main one. */
async function breadcrumbFor(paths: string[]): Promise<CategoryCrumb[]> {
  // The most specific category is the main one; ties go to the first path alphabetically.
  const main = [...paths].sort(
    (a, b) => b.split("/").length - a.split("/").length || a.localeCompare(b),
  )[0];
  if (!main) return [];
  const parts = main.split("/");
  const chain = parts.map((_, i) => parts.slice(0, i + 1).join("/"));
  const prisma = await db();
  const rows = await prisma.category.findMany({
    where: { path: { in: chain } },
    select: { path: true, name: true },
  });
  const names = new Map(rows.map((row) => [row.path, row.name]));
  return chain.flatMap((path) => (names.has(path) ? [{ path, name: names.get(path)! }] : []));
}

export async function loadProductDetail(productId: string): Promise<ProductDetail | null> {
  const prisma = await db();
  const product = await prisma.product.findFirst({
    where: { id: productId, status: "ACTIVE" },
    select: {
      id: true,
      slug: true,
      title: true,
      brand: true,
      description: true,
      seoTitle: true,
      seoDescription: true,
      tags: true,
      updatedAt: true,
      images: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { id: true, url: true, alt: true, width: true, height: true },
      },
      options: {
        orderBy: [{ position: "asc" }, { name: "asc" }],
        select: { name: true, values: true },
      },
      variants: {
        where: { status: "ACTIVE" },
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          id: true,
          sku: true,
          title: true,
          options: true,
          priceAmount: true,
          compareAtAmount: true,
          currency: true,
          imageId: true,
        },
      },
      categories: { select: { category: { select: { path: true } } } },
    },
  });
  // Nothing to sell: the page would have no price, so it does not exist for shoppers.
  if (!product || product.variants.length === 0) return null;

  const levels = await getStockLevels(product.variants.map((v) => v.id));
  const variants: VariantView[] = product.variants.map((v) => ({
    id: v.id,
    sku: v.sku,
    title: v.title,
    options: optionsJson.parse(v.options),
    price: { amount: v.priceAmount, currency: v.currency },
    compareAt:
      v.compareAtAmount !== null && v.compareAtAmount > v.priceAmount
        ? { amount: v.compareAtAmount, currency: v.currency }
        : null,
    available: Math.max(0, levels.get(v.id)?.available ?? 0),
    imageId: v.imageId,
  }));
  return {
    id: product.id,
    slug: product.slug,
    title: product.title,
    brand: product.brand,
    description: product.description,
    seoTitle: product.seoTitle,
    seoDescription: product.seoDescription,
    tags: product.tags,
    updatedAt: product.updatedAt.toISOString(),
    images: product.images,
    // Only values some active variant has: an archived size is not offered.
    options: product.options
      .map((option) => ({
        name: option.name,
        values: option.values.filter((value) =>
          variants.some((v) => v.options[option.name] === value),
        ),
      }))
      .filter((option) => option.values.length > 0),
    variants,
    breadcrumb: await breadcrumbFor(product.categories.map((c) => c.category.path)),
  };
}
