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
