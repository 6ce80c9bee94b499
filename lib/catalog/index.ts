// Public face of the catalog module: import from "@/lib/catalog", never from its files.
// Client components import "@/lib/catalog/client" (the pure helpers, types and schemas): this
// index also carries server-only queries.
export {
  getCategoryByPath,
  getCategoryTree,
  getFeaturedProducts,
  getProductBySlug,
  getRelatedProducts,
  listProducts,
} from "./queries";
export type { RelatedProductsInput } from "./queries";
export { LISTING_PAGE_SIZE } from "./listing";
export type { ListProductsInput } from "./listing";
export { sitemapCount, sitemapEntries, SITEMAP_CHUNK_SIZE } from "./sitemap";
export { sitemapIndexXml, sitemapUrls } from "./sitemap-index";
export {
  activeProductIds,
  countActiveProducts,
  countIndexableProducts,
  indexableProductIdsSql,
  loadIndexDocuments,
} from "./index-documents";
export type { IndexDocument } from "./index-documents";
export type { SitemapEntry } from "./sitemap";
export { productIdsOfVariants, variantFacts } from "./variant-facts";
export type { VariantFacts } from "./variant-facts";
export { updateProduct, updateVariantPrice } from "./commands";
export type { PriceChange, ProductUpdate } from "./commands";
export { CatalogError } from "./errors";
export type { CatalogErrorCode } from "./errors";
export {
  isSlug,
  productSlugSchema,
  SLUG_PATTERN,
  updateProductSchema,
  updateVariantPriceSchema,
} from "./schemas";
export type { UpdateProductInput, UpdateVariantPriceInput } from "./schemas";
// Everything the client face offers (URL helpers, variant selection, view types, schemas).
export * from "./client";
export { markdownToPlainText, parseMarkdown, safeHref } from "./markdown";
export { absoluteUrl, jsonLdScript, productJsonLd, productMetaDescription, siteUrl } from "./seo";
