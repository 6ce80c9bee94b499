// The catalog's client-safe face: the listing URL helpers, variant selection, the shapes the
// storefront renders, and the zod schemas a browser uses to read prices and images from our
// APIs. Pure: nothing here reaches the database, so "use client" files import it freely.
import { z } from "zod";
import type { Money } from "@/lib/money";
import type { ProductImageSummary } from "./types";

export * from "./listing-params";
export * from "./listing-url";
export { initialVariant, optionValueState, variantForChoice } from "./variant-selection";
export type { OptionValueState, SelectableVariant } from "./variant-selection";
export type { MarkdownBlock, MarkdownInline } from "./markdown";
export type {
  CategoryCrumb,
  CategoryNode,
  CategoryView,
  FacetValue,
  ListingFacets,
  ProductDetail,
  ProductImageSummary,
  ProductImageView,
  ProductListing,
  ProductSummary,
  VariantView,
} from "./types";

/** True only when A and B are the same type (each assignable to the other). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export const moneySchema = z.object({ amount: z.number().int(), currency: z.string() });
export const productImageSummarySchema = z.object({
  url: z.string(),
  alt: z.string(),
  width: z.number(),
  height: z.number(),
});

// A schema must read exactly the type the server builds: if one changes alone, this fails to compile.
const _moneyAgrees: Same<z.infer<typeof moneySchema>, Money> = true;
const _imageAgrees: Same<z.infer<typeof productImageSummarySchema>, ProductImageSummary> = true;
