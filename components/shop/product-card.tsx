// A product in a grid: image, brand, name (the link), price and a sold-out or sale badge.
// The whole card is clickable through the name link's stretched ::after, so there is one
// link per product for keyboard and screen-reader users, not two.
import Image from "next/image";
import Link from "next/link";
import type { ProductSummary } from "@/lib/catalog";
import { Badge } from "@/components/ui/badge";
import { Price } from "./price";

export interface ProductCardProps {
  product: ProductSummary;
  /** Load the image eagerly (cards above the fold). */
  eager?: boolean;
}

export function ProductCard({ product, eager = false }: ProductCardProps) {
  const { image } = product;
  return (
    <article className="group relative flex h-full flex-col overflow-hidden rounded-card border border-paper-line bg-paper transition-shadow focus-within:ring-2 focus-within:ring-brand hover:shadow-md">
      <div className="aspect-square overflow-hidden bg-paper-soft">
        {image ? (
          <Image
            src={image.url}
            alt={image.alt}
            width={image.width}
            height={image.height}
            // Our SVGs are vector art: resizing them through the image optimiser gains nothing.
            unoptimized={image.url.endsWith(".svg")}
            loading={eager ? "eager" : "lazy"}
            sizes="(min-width: 1024px) 20rem, (min-width: 640px) 33vw, 50vw"
            className="size-full object-cover transition-transform duration-300 group-hover:scale-105"
          />
        ) : null}
      </div>
      <div className="flex flex-1 flex-col gap-1 p-3 sm:p-4">
        {product.brand ? (
          <p className="text-xs font-medium tracking-wide text-ink-muted uppercase">
            {product.brand}
          </p>
        ) : null}
        <h3 className="text-sm leading-snug font-medium text-ink sm:text-base">
          <Link
            href={`/p/${product.slug}`}
            className="after:absolute after:inset-0 hover:text-brand focus-visible:outline-none"
          >
            {product.title}
          </Link>
        </h3>
        <Price price={product.price} compareAt={product.compareAt} className="mt-auto pt-1" />
      </div>
      {/* After the name in reading order; placed over the image corner visually. */}
      {!product.inStock ? (
        <Badge className="absolute top-2 left-2">Sold out</Badge>
      ) : product.compareAt ? (
        <Badge tone="sale" className="absolute top-2 left-2">
          Sale
        </Badge>
      ) : null}
    </article>
  );
}
