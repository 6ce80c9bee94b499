// A grid of product cards, for category listings, search results and related products.
import type { ProductSummary } from "@/lib/catalog";
import { ProductCard } from "./product-card";

export interface ProductGridProps {
  products: ProductSummary[];
  /** Cards whose images load straight away (the first row, above the fold). */
  eagerCount?: number;
  /** Shown instead of the grid when there are no products. */
  emptyMessage?: string;
  /** Names the list for screen readers, e.g. "Products". */
  label?: string;
  className?: string;
}

export function ProductGrid({
  products,
  eagerCount = 0,
  emptyMessage = "No products to show.",
  label,
  className = "",
}: ProductGridProps) {
  if (products.length === 0) return <p className={`text-ink-muted ${className}`}>{emptyMessage}</p>;
  return (
    <ul
      aria-label={label}
      className={`grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-4 ${className}`}
    >
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard product={product} eager={index < eagerCount} />
        </li>
      ))}
    </ul>
  );
}
