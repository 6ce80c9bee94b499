"use client";
// The product page's pictures: one large image and, when there are several, thumbnails that
// switch it. Controlled by the variant picker, which shows the chosen variant's picture.
import Image from "next/image";
import type { ProductImageView } from "@/lib/catalog/client";

export interface ProductGalleryProps {
  images: ProductImageView[];
  activeId: string | null;
  onActivate: (imageId: string) => void;
}

// Our SVGs are vector art: resizing them through the image optimiser gains nothing.
const unoptimized = (url: string) => url.endsWith(".svg");

export function ProductGallery({ images, activeId, onActivate }: ProductGalleryProps) {
  const active = images.find((image) => image.id === activeId) ?? images[0];
  if (!active) return <div className="aspect-square rounded-card bg-paper-soft" />;
  return (
    <div className="flex flex-col gap-3">
      <div className="overflow-hidden rounded-card border border-paper-line bg-paper-soft">
        <Image
          key={active.id}
          src={active.url}
          alt={active.alt}
          width={active.width}
          height={active.height}
          unoptimized={unoptimized(active.url)}
          loading="eager"
          fetchPriority="high"
          sizes="(min-width: 1024px) 36rem, 100vw"
          data-testid="product-image"
          className="aspect-square size-full object-cover"
        />
      </div>
      {images.length > 1 ? (
        <ul className="flex flex-wrap gap-2" aria-label="Product images">
          {images.map((image, index) => (
            <li key={image.id}>
              <button
                type="button"
                onClick={() => onActivate(image.id)}
                aria-pressed={image.id === active.id}
                aria-label={`Show image ${index + 1} of ${images.length}: ${image.alt}`}
                className={`block size-16 overflow-hidden rounded-md border-2 ${image.id === active.id ? "border-brand" : "border-paper-line hover:border-ink-faint"}`}
              >
                <Image
                  src={image.url}
                  alt=""
                  width={64}
                  height={64}
                  unoptimized={unoptimized(image.url)}
                  className="size-full object-cover"
                />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
