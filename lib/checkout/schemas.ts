// Checkout inputs. zod objects strip unknown keys, so a client that posts its own price, total or
// discount amount has them dropped here: only ids, quantities and the shopper's details get in.
import { z } from "zod";
import { normalizeRegion, regionProblem } from "./regions";

const id = z.string().trim().min(1).max(64);

export const countrySchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/, "Choose a country")
  .transform((value) => value.toUpperCase());

/**
 * Where a country's tax or shipping depends on the region (regions.ts), the region must be one of
 * its subdivision codes, stored as that code: otherwise no regional rate matches and the order
 * would be priced without its tax. Elsewhere the region stays optional free text.
 */
export const addressSchema = z
  .object({
    name: z.string().trim().min(1, "Enter a name").max(200),
    company: z.string().trim().max(200).optional(),
    line1: z.string().trim().min(1, "Enter a street address").max(200),
    line2: z.string().trim().max(200).optional(),
    city: z.string().trim().min(1, "Enter a city").max(100),
    region: z.string().trim().max(100).optional(),
    postalCode: z.string().trim().min(1, "Enter a postal code").max(20),
    country: countrySchema,
    phone: z.string().trim().max(40).optional(),
  })
  .superRefine((address, ctx) => {
    const problem = regionProblem(address.country, address.region);
    if (problem) ctx.addIssue({ code: "custom", path: ["region"], message: problem });
  })
  .transform((address) => ({
    ...address,
    region: normalizeRegion(address.country, address.region),
  }));
export type AddressInput = z.input<typeof addressSchema>;
export type Address = z.output<typeof addressSchema>;

/** Codes are matched case-insensitively; stored upper-case. */
export const discountCodeSchema = z
  .string()
  .trim()
  .max(64)
  .transform((code) => code.toUpperCase());

export const priceCartInputSchema = z.object({
  // Quantities are checked per line (an error beside that line), not by failing the whole parse.
  lines: z.array(z.object({ variantId: id, quantity: z.number() })).max(100),
  discountCode: discountCodeSchema.optional(),
  shippingMethodId: id.optional(),
  address: z
    .object({ country: countrySchema, region: z.string().trim().max(100).optional() })
    .optional(),
  email: z.string().trim().max(320).optional(),
  userId: id.optional(),
});
export type PriceCartInput = z.input<typeof priceCartInputSchema>;

export const placeOrderInputSchema = z.object({
  cartId: id,
  cartVersion: z.number().int().min(0),
  email: z
    .email("Enter a valid email address")
    .max(320)
    .transform((email) => email.toLowerCase()),
  shippingAddress: addressSchema,
  billingAddress: addressSchema.optional(),
  shippingMethodId: id,
  discountCode: discountCodeSchema.optional(),
  userId: id.optional(),
});
export type PlaceOrderInput = z.input<typeof placeOrderInputSchema>;
