// The catalog's own shapes, as the rest of the app sees them: plain, serialisable objects
// (safe to pass to client components), never Prisma types.
import type { Money } from "@/lib/money";

export interface CategoryNode {
  id: string;
  name: string;
  slug: string;
  /** Slugs from the root, e.g. "clothing/t-shirts"; the storefront URL is /c/<path>. */
  path: string;
  children: CategoryNode[];
}

export interface ProductImageSummary {
  url: string;
  alt: string;
  width: number;
  height: number;
}

/** What a product card needs: one image, the "from" price and whether anything can be bought. */
export interface ProductSummary {
  id: string;
  slug: string;
  title: string;
  brand: string | null;
  image: ProductImageSummary | null;
  /** The lowest price among the product's active variants. */
  price: Money;
  /** The cheapest variant's compare-at price, only when it is above `price`. */
  compareAt: Money | null;
  /** At least one active variant has stock that is not reserved. */
  inStock: boolean;
}

export interface CategoryCrumb {
  name: string;
  path: string;
}

/** A category page's own data: the category, its ancestors (for the breadcrumb), its children. */
export interface CategoryView {
  id: string;
  name: string;
  slug: string;
  path: string;
  description: string | null;
  /** Root first, not including the category itself. */
  ancestors: CategoryCrumb[];
  children: CategoryCrumb[];
}

export interface ProductImageView extends ProductImageSummary {
  id: string;
}

export interface VariantView {
  id: string;
  sku: string;
  title: string;
  /** Option name → value, e.g. { Colour: "Navy", Size: "M" }. */
  options: Record<string, string>;
  price: Money;
  /** Only when above `price`. */
  compareAt: Money | null;
  /** Units a shopper can still buy: on hand minus reserved; 0 when stock is not recorded. */
  available: number;
  imageId: string | null;
}

/** Everything the product page shows. Only ACTIVE products with an ACTIVE variant have one. */
export interface ProductDetail {
  id: string;
  slug: string;
  title: string;
  brand: string | null;
  /** Markdown; render with lib/catalog/markdown. */
  description: string;
  seoTitle: string | null;
  seoDescription: string | null;
  tags: string[];
  /** ISO 8601. */
  updatedAt: string;
  images: ProductImageView[];
  options: { name: string; values: string[] }[];
  /** ACTIVE variants only, in position order. */
  variants: VariantView[];
  /** The product's main category with its ancestors, root first; empty when it has none. */
  breadcrumb: CategoryCrumb[];
}

export interface FacetValue {
  value: string;
  count: number;
}

export interface ListingFacets {
  /** Lowest and highest price (minor units) among products matching every other filter. */
  price: { min: number; max: number; currency: string } | null;
  /** Option groups (Colour, Size…), in the order products list their options. */
  options: { name: string; values: FacetValue[] }[];
  brands: FacetValue[];
  tags: FacetValue[];
  /** Products matching every filter that have a matching variant in stock. */
  inStock: number;
}

export interface ProductListing {
  products: ProductSummary[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  facets: ListingFacets;
}
