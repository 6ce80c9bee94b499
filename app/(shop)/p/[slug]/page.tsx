// Product page: /p/<slug>?variant=<id>. Gallery, variant picker (price, stock and picture of
// the chosen variant), description, related products, and schema.org Product data.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AddToCart } from "@/components/shop/add-to-cart";
import { Breadcrumb } from "@/components/shop/breadcrumb";
import { JsonLd } from "@/components/shop/json-ld";
import { Markdown } from "@/components/shop/markdown";
import { ProductGrid } from "@/components/shop/product-grid";
import { VariantPicker } from "@/components/shop/variant-picker";
import { VariantFallbackForm } from "@/components/shop/variant-fallback-form";
import { addToCartForm } from "../../cart/actions";
import {
  absoluteUrl,
  getProductBySlug,
  getRelatedProducts,
  initialVariant,
  isSlug,
  parseMarkdown,
  productJsonLd,
  productMetaDescription,
} from "@/lib/catalog";

interface ProductPageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function productFor(params: ProductPageProps["params"]) {
  const { slug } = await params;
  return isSlug(slug) ? getProductBySlug(slug) : null;
}

export async function generateMetadata({ params }: ProductPageProps): Promise<Metadata> {
  const product = await productFor(params);
  if (!product) return {};
  const url = absoluteUrl(`/p/${product.slug}`);
  const description = productMetaDescription(product);
  return {
    title: product.seoTitle ?? product.title,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: "website",
      url,
      title: product.title,
      description,
      images: product.images.slice(0, 4).map((image) => ({
        url: absoluteUrl(image.url),
        width: image.width,
        height: image.height,
        alt: image.alt,
      })),
    },
  };
}

export default async function ProductPage({ params, searchParams }: ProductPageProps) {
  const product = await productFor(params);
  if (!product) notFound();
  const requested = (await searchParams).variant;
  const selected = initialVariant(
    product.variants,
    typeof requested === "string" ? requested : null,
  )!;
  const category = product.breadcrumb.at(-1);
  const related = category
    ? await getRelatedProducts({ productId: product.id, categoryPath: category.path })
    : [];

  return (
    <div className="mx-auto max-w-shop px-4 py-8 sm:px-6">
      <JsonLd data={productJsonLd(product)} />
      <Breadcrumb
        items={[
          { label: "Home", href: "/" },
          ...product.breadcrumb.map((c) => ({ label: c.name, href: `/c/${c.path}` })),
        ]}
        current={product.title}
      />
      <div className="mt-6">
        <VariantPicker
          key={product.id}
          options={product.options}
          variants={product.variants}
          images={product.images}
          initialVariantId={selected.id}
          heading={
            <div>
              {product.brand ? (
                <p className="text-sm font-medium tracking-wide text-ink-muted uppercase">
                  {product.brand}
                </p>
              ) : null}
              <h1 className="mt-1 text-3xl font-bold tracking-tight text-ink">{product.title}</h1>
            </div>
          }
          addToCartSlot={<AddToCart action={addToCartForm} />}
        />
        <VariantFallbackForm
          action={`/p/${product.slug}`}
          variants={product.variants}
          selectedId={selected.id}
        />
      </div>

      <section aria-labelledby="details-heading" className="mt-12 max-w-3xl">
        <h2 id="details-heading" className="text-2xl font-bold tracking-tight text-ink">
          Product details
        </h2>
        <Markdown blocks={parseMarkdown(product.description)} headingLevel={3} className="mt-4" />
      </section>

      {related.length > 0 ? (
        <section aria-labelledby="related-heading" className="mt-14">
          <h2 id="related-heading" className="text-2xl font-bold tracking-tight text-ink">
            You may also like
          </h2>
          <ProductGrid products={related} className="mt-6" />
        </section>
      ) : null}
    </div>
  );
}
