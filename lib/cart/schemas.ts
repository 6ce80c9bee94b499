// Inputs to cart commands, shared by the server actions, the forms and the commands themselves.
// Quantities come from forms as text and from the drawer as numbers: both are accepted.
import { z } from "zod";
import { MAX_LINE_QUANTITY } from "./constants";

export const variantIdSchema = z
  .string({ error: "Choose a product option" })
  .trim()
  .min(1, "Choose a product option")
  .max(64, "Unknown product option")
  .regex(/^[A-Za-z0-9_-]+$/, "Unknown product option");

export const quantitySchema = z.preprocess(
  (value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : value),
  z
    .number({ error: "Enter a quantity" })
    .int("Quantity must be a whole number")
    .min(1, "Quantity must be at least 1")
    .max(MAX_LINE_QUANTITY, `Quantity can be at most ${MAX_LINE_QUANTITY}`),
);

export const addLineSchema = z.object({
  variantId: variantIdSchema,
  quantity: quantitySchema.default(1),
});
export const updateLineSchema = z.object({ variantId: variantIdSchema, quantity: quantitySchema });
export const removeLineSchema = z.object({ variantId: variantIdSchema });

// Codes are stored upper-case; the checkout validates them against the discount rules.
export const discountCodeSchema = z
  .string()
  .trim()
  .min(1, "Enter a discount code")
  .max(40, "That code is too long")
  .regex(/^[A-Za-z0-9_-]+$/, "Codes use letters, digits, '-' and '_' only")
  .transform((code) => code.toUpperCase());

export type AddLineInput = z.input<typeof addLineSchema>;
export type UpdateLineInput = z.input<typeof updateLineSchema>;
export type RemoveLineInput = z.input<typeof removeLineSchema>;
