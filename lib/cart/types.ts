// The cart as pages, the drawer and the checkout see it: plain, serialisable objects.
import type { VariantFacts } from "@/lib/catalog";
import type { Money } from "@/lib/money";

export type CartLineStatus =
  /** Can be bought in this quantity. */
  | "ok"
  /** Fewer units are free than the line asks for; the shopper must lower the quantity. */
  | "insufficient_stock"
  /** The variant or its product is no longer for sale. */
  | "unavailable";

/** How the line names and shows its variant: the catalog's facts, as of today. */
type LineVariant = Pick<
  VariantFacts,
  "variantId" | "productId" | "productSlug" | "productTitle" | "variantTitle" | "sku" | "image"
>;

export interface CartLineView extends LineVariant {
  id: string;
  quantity: number;
  /** Today's catalog price, never a price remembered from when the line was added. */
  unitPrice: Money;
  lineTotal: Money;
  /** Units a shopper can buy right now (on hand − reserved). */
  available: number;
  status: CartLineStatus;
}

export interface CartView {
  id: string;
  /** Bumped by every change; the checkout keys its order on (id, version). */
  version: number;
  currency: string;
  discountCode: string | null;
  expiresAt: string;
  lines: CartLineView[];
  itemCount: number;
  /** Sum of the line totals at today's prices, before discounts, shipping and tax. */
  subtotal: Money;
  /** Every line is "ok" and there is at least one. */
  canCheckout: boolean;
}

/** What a cart action answers: the cart after the change, or messages keyed by form field. */
export type CartActionResult =
  | { ok: true; cart: CartView | null }
  | { ok: false; error: string; fieldErrors: Record<string, string> };

/** The cart actions, as client components receive them (server actions passed as props). */
export interface CartActions {
  // Quantities as typed: the server validates them, so a bad entry gets a message, not a crash.
  add(input: { variantId: string; quantity: number | string }): Promise<CartActionResult>;
  update(input: { variantId: string; quantity: number | string }): Promise<CartActionResult>;
  remove(input: { variantId: string }): Promise<CartActionResult>;
}
