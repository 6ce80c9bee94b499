// schema.org Product data and absolute addresses for the product page.
import { describe, expect, it } from "vitest";
import { absoluteUrl, jsonLdScript, productJsonLd, productMetaDescription } from "./seo";
import type { ProductDetail } from "./types";

const product: ProductDetail = {
  id: "p1",
  slug: "navy-tee",
  title: "Navy Tee </script><script>alert(1)</script>",
  brand: "Northwind",
  description: "The **Navy Tee** is soft.\n\n- Cotton",
  seoTitle: null,
  seoDescription: null,
  tags: [],
  updatedAt: "2026-01-01T00:00:00.000Z",
  images: [{ id: "i1", url: "/images/products/tee.svg", alt: "Tee", width: 800, height: 800 }],
  options: [{ name: "Size", values: ["S", "M"] }],
  variants: [
    {
      id: "v1",
      sku: "TEE-S",
      title: "S",
      options: { Size: "S" },
      price: { amount: 1999, currency: "USD" },
      compareAt: null,
      available: 3,
      imageId: "i1",
    },
    {
      id: "v2",
      sku: "TEE-M",
      title: "M",
      options: { Size: "M" },
      price: { amount: 500, currency: "JPY" },
      compareAt: null,
      available: 0,
      imageId: null,
    },
  ],
  breadcrumb: [],
};

describe("productJsonLd", () => {
  it("describes the product with one offer per variant, prices in major units and availability", () => {
    const data = productJsonLd(product);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Product",
      description: "The Navy Tee is soft. Cotton",
      url: absoluteUrl("/p/navy-tee"),
      image: [absoluteUrl("/images/products/tee.svg")],
      brand: { "@type": "Brand", name: "Northwind" },
      offers: [
        {
          "@type": "Offer",
          sku: "TEE-S",
          price: "19.99",
          priceCurrency: "USD",
          availability: "https://schema.org/InStock",
          url: `${absoluteUrl("/p/navy-tee")}?variant=v1`,
        },
        {
          sku: "TEE-M",
          price: "500",
          priceCurrency: "JPY",
          availability: "https://schema.org/OutOfStock",
        },
      ],
    });
    expect(absoluteUrl("/p/x")).toMatch(/^https?:\/\/[^/]+\/p\/x$/);
  });

  it("cannot close its script tag", () => {
    const script = jsonLdScript(productJsonLd(product));
    expect(script).not.toContain("</script>");
    expect(JSON.parse(script)).toMatchObject({ name: product.title });
  });
});

describe("productMetaDescription", () => {
  it("prefers the merchant's text, else cuts the description at a word", () => {
    expect(productMetaDescription({ ...product, seoDescription: "Mine" })).toBe("Mine");
    expect(productMetaDescription({ ...product, description: "word ".repeat(50) }, 20)).toBe(
      "word word word word…",
    );
  });
});
