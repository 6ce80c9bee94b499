// Inputs of the catalog's admin commands, shared by admin forms, server actions, the REST API
// and the commands themselves. Money is in minor units (cents), as everywhere.
import { z } from "zod";
import { MAX_MARKDOWN_LENGTH } from "./markdown";

const id = z
  .string()
  .trim()
  .min(1, "Required")
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "Unknown id");
const amount = z
  .number({ error: "Enter a price" })
  .int("Use whole minor units (cents)")
  .min(0, "A price cannot be negative")
  .max(100_000_000, "That price is too high");
const optionalText = (max: number) =>
  z.string().trim().max(max, `At most ${max} characters`).nullable().optional();

export const updateVariantPriceSchema = z
  .object({
    variantId: id,
    amount,
    /** Leave out to keep the current compare-at price; null removes it. */
    compareAtAmount: amount.nullable().optional(),
    /** The admin making the change, for the audit log. */
    actorId: id.optional(),
  })
  .refine((input) => input.compareAtAmount == null || input.compareAtAmount > input.amount, {
    path: ["compareAtAmount"],
    message: "The compare-at price must be above the price",
  });

/** A product or category slug: lowercase letters and digits in words joined by single dashes. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 200;

/** True when `value` could be a slug: the pages use it to answer 404 before any query. */
export function isSlug(value: string): boolean {
  return value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value);
}

export const productSlugSchema = z
  .string()
  .trim()
  .min(1, "Required")
  .max(SLUG_MAX_LENGTH)
  .regex(SLUG_PATTERN, "Use lowercase letters, digits and single dashes");

export const updateProductSchema = z
  .object({
    productId: id,
    title: z.string().trim().min(1, "Required").max(200, "At most 200 characters").optional(),
    slug: productSlugSchema.optional(),
    description: z
      .string()
      .max(MAX_MARKDOWN_LENGTH, `At most ${MAX_MARKDOWN_LENGTH} characters`)
      .optional(),
    brand: optionalText(100),
    tags: z.array(z.string().trim().min(1).max(50)).max(50, "At most 50 tags").optional(),
    status: z.enum(["DRAFT", "ACTIVE", "ARCHIVED"]).optional(),
    seoTitle: optionalText(70),
    seoDescription: optionalText(320),
    actorId: id.optional(),
  })
  .refine((input) => Object.keys(input).some((key) => key !== "productId" && key !== "actorId"), {
    message: "Nothing to change",
  });

export type UpdateVariantPriceInput = z.input<typeof updateVariantPriceSchema>;
export type UpdateProductInput = z.input<typeof updateProductSchema>;
