// Search-engine facing data: absolute addresses (canonical links, sitemaps, Open Graph) and the
// schema.org Product description of a product page, with one Offer per variant.
import { env } from "@/lib/env";
import { currencyFractionDigits } from "@/lib/money";
import type { Money } from "@/lib/money";
import { markdownToPlainText } from "./markdown";
import type { ProductDetail } from "./types";

/** The public base address, without a trailing slash: SITE_URL, or this server on localhost. */
export function siteUrl(): string {
  const config = env();
  return (config.SITE_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, "");
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith("/") ? path : `/${path}`}`;
}

/** A meta description: the merchant's own, or the start of the description as plain text. */
export function productMetaDescription(
  product: Pick<ProductDetail, "seoDescription" | "description">,
  max = 160,
): string {
  if (product.seoDescription) return product.seoDescription;
  const text = markdownToPlainText(product.description);
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  // Cut at a word boundary: keep the last word only when the cut fell right after it.
  return `${(/\s/.test(text[max - 1] ?? "") ? cut : cut.replace(/\s+\S*$/, "")).trimEnd()}…`;
}

/** schema.org prices are decimal strings in major units: {1999, USD} → "19.99". */
function decimalPrice({ amount, currency }: Money): string {
  const digits = currencyFractionDigits(currency);
  return (amount / 10 ** digits).toFixed(digits);
}

export function productJsonLd(product: ProductDetail): Record<string, unknown> {
  const url = absoluteUrl(`/p/${product.slug}`);
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    "@id": url,
    name: product.title,
    description: productMetaDescription(product, 5000),
    url,
    image: product.images.map((image) => absoluteUrl(image.url)),
    ...(product.brand ? { brand: { "@type": "Brand", name: product.brand } } : {}),
    ...(product.variants.length === 1 ? { sku: product.variants[0]!.sku } : {}),
    offers: product.variants.map((variant) => ({
      "@type": "Offer",
      sku: variant.sku,
      name: variant.title,
      url: `${url}?variant=${encodeURIComponent(variant.id)}`,
      price: decimalPrice(variant.price),
      priceCurrency: variant.price.currency,
      availability:
        variant.available > 0 ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
      itemCondition: "https://schema.org/NewCondition",
    })),
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no text can close the tag. */
export function jsonLdScript(data: Record<string, unknown>): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
