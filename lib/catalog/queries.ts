// Catalog reads for the storefront. Each returns plain objects (lib/catalog/types.ts); the
// Prisma rows are reshaped here so nothing database-shaped leaks into pages or components.
// Page reads are cached and tagged (lib/cache/tags.ts); lib/catalog/handlers.ts expires the
// tags when a ProductChanged, PriceChanged or StockChanged event is processed.
import { cachedRead, cacheTags, listingTags } from "@/lib/cache";
import { db } from "@/lib/db";
import { loadCategoryByPath } from "./category";
import { canonicalListingInput, loadProductListing, type ListProductsInput } from "./listing";
import { findActiveProductId, loadProductDetail } from "./product";
import { summarySelect, toProductSummaries } from "./summary";
import type {
  CategoryNode,
  CategoryView,
  ProductDetail,
  ProductListing,
  ProductSummary,
} from "./types";

/** Only a safety net: events expire these entries as soon as a change is processed. */
const SAFETY_NET_SECONDS = 300;

/** Every category as a tree: roots first, each level ordered by position, then name. */
export async function getCategoryTree(): Promise<CategoryNode[]> {
  const prisma = await db();
  // One query for the whole table: catalogs have tens or hundreds of categories, not millions,
  // and this keeps any depth of nesting at a single round trip.
  const rows = await prisma.category.findMany({
    select: { id: true, parentId: true, name: true, slug: true, path: true },
    orderBy: [{ position: "asc" }, { name: "asc" }],
  });
  const nodes = new Map<string, CategoryNode>(
    rows.map((row) => [
      row.id,
      { id: row.id, name: row.name, slug: row.slug, path: row.path, children: [] },
    ]),
  );
  const roots: CategoryNode[] = [];
  for (const row of rows) {
    const node = nodes.get(row.id);
    if (!node) continue;
    if (row.parentId === null) roots.push(node);
    // Rows arrive in position order, so pushing keeps every children list sorted too.
    else nodes.get(row.parentId)?.children.push(node);
  }
  return roots;
}

const MAX_FEATURED = 100;

/** The newest ACTIVE products that have something to sell, shaped for product cards. */
export async function getFeaturedProducts(limit = 12): Promise<ProductSummary[]> {
  const take = Math.min(Math.max(Math.trunc(limit), 0), MAX_FEATURED);
  if (take === 0) return [];
  const prisma = await db();
  const products = await prisma.product.findMany({
    // A product without an active variant has no price to show, so it cannot be featured.
    where: { status: "ACTIVE", variants: { some: { status: "ACTIVE" } } },
    // Seeds create many rows in one transaction (same timestamp): the id breaks ties stably.
    orderBy: [
      { publishedAt: { sort: "desc", nulls: "last" } },
      { createdAt: "desc" },
      { id: "desc" },
    ],
    take,
    select: summarySelect,
  });
  return toProductSummaries(products);
}

/** A category page's own data by path ("clothing/tops"), or null. */
export const getCategoryByPath: (path: string) => Promise<CategoryView | null> = cachedRead(
  loadCategoryByPath,
  {
    key: "catalog.category.v1",
    tags: () => [cacheTags.categories()],
    revalidateSeconds: SAFETY_NET_SECONDS,
  },
);

/** A page of ACTIVE products in a category (and below it) with filters, sort and facet counts. */
const cachedListing = cachedRead(loadProductListing, {
  key: "catalog.listing.v1",
  tags: (input) => listingTags(input.categoryPath),
  revalidateSeconds: SAFETY_NET_SECONDS,
});

export function listProducts(input: ListProductsInput): Promise<ProductListing> {
  // One cache entry per listing, however its address orders the values.
  return cachedListing(canonicalListingInput(input));
}

const productIdForSlug = cachedRead(findActiveProductId, {
  key: "catalog.slug.v1",
  tags: () => [cacheTags.productSlugs()],
  revalidateSeconds: SAFETY_NET_SECONDS,
});

const productById = cachedRead(loadProductDetail, {
  key: "catalog.product.v1",
  tags: (productId) => [cacheTags.product(productId)],
  revalidateSeconds: SAFETY_NET_SECONDS,
});

/** The product page's data: ACTIVE product, ACTIVE variants with live availability; or null. */
export async function getProductBySlug(slug: string): Promise<ProductDetail | null> {
  const productId = await productIdForSlug(slug);
  return productId ? productById(productId) : null;
}

export interface RelatedProductsInput {
  productId: string;
  /** The product's main category (the last breadcrumb entry). */
  categoryPath: string;
  limit?: number;
}

async function loadRelatedProducts({
  productId,
  categoryPath,
  limit = 4,
}: RelatedProductsInput): Promise<ProductSummary[]> {
  const prisma = await db();
  const products = await prisma.product.findMany({
    where: {
      status: "ACTIVE",
      id: { not: productId },
      variants: { some: { status: "ACTIVE" } },
      categories: { some: { category: { path: categoryPath } } },
    },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    // Fetch a few more, then put the ones that can be bought first.
    take: Math.min(Math.max(Math.trunc(limit), 0), 24) * 3,
    select: summarySelect,
  });
  const summaries = await toProductSummaries(products);
  return [...summaries.filter((p) => p.inStock), ...summaries.filter((p) => !p.inStock)].slice(
    0,
    limit,
  );
}

/** Other ACTIVE products from the same category, in-stock first, newest first. */
export const getRelatedProducts: (input: RelatedProductsInput) => Promise<ProductSummary[]> =
  cachedRead(loadRelatedProducts, {
    key: "catalog.related.v1",
    tags: (input) => listingTags(input.categoryPath),
    revalidateSeconds: SAFETY_NET_SECONDS,
  });
