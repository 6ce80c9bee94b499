// The checkout form as the server reads it. Field names match the keys placeOrder uses for its
// field errors ("email", "shippingAddress.city", "shippingMethodId", "discountCode"), so every
// message lands beside its input whichever layer found the problem. Prices are not fields: a
// posted price or total is stripped here and never reaches the order.
import { z } from "zod";

const optionalId = z
  .string()
  .trim()
  .max(64)
  .regex(/^[A-Za-z0-9_-]*$/, "Choose again")
  .optional();

export const checkoutFormSchema = z.object({
  email: z.email("Enter a valid email address").trim().max(320),
  /** A saved address of the signed-in shopper; empty means the typed address below. */
  savedAddressId: optionalId,
  // Validated by addressSchema on its own (unless a saved address is chosen).
  shippingAddress: z.unknown().optional(),
  shippingMethodId: z
    .string({ error: "Choose a shipping method" })
    .trim()
    .min(1, "Choose a shipping method")
    .max(64),
  discountCode: z.string().trim().max(64).optional(),
});
export type CheckoutFormInput = z.input<typeof checkoutFormSchema>;

export const quoteSchema = z.object({
  country: z.string().trim().max(2).optional(),
  region: z.string().trim().max(100).optional(),
  savedAddressId: optionalId,
  shippingMethodId: z.string().trim().max(64).optional(),
  discountCode: z.string().trim().max(64).optional(),
  email: z.string().trim().max(320).optional(),
});
export type QuoteInput = z.input<typeof quoteSchema>;
