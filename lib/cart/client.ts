// The cart's client-safe face: its constants, the shapes the drawer and the /cart page render,
// and the schema of GET /api/cart's answer. Pure: "use client" files import it freely.
import { z } from "zod";
import { moneySchema } from "@/lib/catalog/client";
import type { CartView } from "./types";

export { LOW_STOCK_DISPLAY, MAX_LINE_QUANTITY } from "./constants";
export type {
  CartActionResult,
  CartActions,
  CartLineStatus,
  CartLineView,
  CartView,
} from "./types";

/** True only when A and B are the same type (each assignable to the other). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export const cartLineViewSchema = z.object({
  id: z.string(),
  variantId: z.string(),
  productId: z.string(),
  productSlug: z.string(),
  productTitle: z.string(),
  variantTitle: z.string(),
  sku: z.string(),
  image: z.object({ url: z.string(), alt: z.string() }).nullable(),
  quantity: z.number().int(),
  unitPrice: moneySchema,
  lineTotal: moneySchema,
  available: z.number().int(),
  status: z.enum(["ok", "insufficient_stock", "unavailable"]),
});

export const cartViewSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  currency: z.string(),
  discountCode: z.string().nullable(),
  expiresAt: z.string(),
  lines: z.array(cartLineViewSchema),
  itemCount: z.number().int(),
  subtotal: moneySchema,
  canCheckout: z.boolean(),
});

/** GET /api/cart: the shopper's cart, or null when they have none. */
export const cartResponseSchema = z.object({ cart: cartViewSchema.nullable() });
export type CartResponse = z.infer<typeof cartResponseSchema>;

// The schema must read exactly the CartView getCart builds: if one changes alone, this fails to compile.
const _cartAgrees: Same<z.infer<typeof cartViewSchema>, CartView> = true;
