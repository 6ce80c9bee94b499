// What pricing returns: every figure in integer minor units of `currency`, computed on the server
// from catalog prices, and the reasons (per line and per field) why a cart cannot be ordered yet.

export type LineErrorCode =
  | "variant_not_found"
  | "variant_inactive"
  | "quantity_invalid"
  | "insufficient_stock"
  | "currency_mismatch";
export type DiscountErrorCode =
  | "not_found"
  | "inactive"
  | "not_started"
  | "expired"
  | "min_subtotal"
  | "usage_limit"
  | "customer_limit"
  | "currency";
export type ShippingErrorCode = "not_found" | "not_available" | "currency";
export type RegionErrorCode = "region_required" | "region_unknown";

export interface FieldError<C extends string = string> {
  code: C;
  message: string;
}

export interface PricedLine {
  variantId: string;
  productId: string | null;
  productSlug: string | null;
  productTitle: string;
  variantTitle: string;
  sku: string | null;
  imageUrl: string | null;
  /** The catalog price now; 0 when the variant is gone. */
  unitPriceAmount: number;
  quantity: number;
  lineTotalAmount: number;
  /** Units a shopper can still buy (on hand − reserved). */
  available: number;
  error: FieldError<LineErrorCode> | null;
}

export interface AppliedDiscount {
  code: string;
  type: "PERCENT" | "FIXED" | "FREE_SHIPPING";
  /** PERCENT: basis points; FIXED: minor units; FREE_SHIPPING: 0. */
  value: number;
  /** Taken off the goods (0 for FREE_SHIPPING, which zeroes the shipping instead). */
  amount: number;
  freeShipping: boolean;
}

export interface ShippingOption {
  id: string;
  code: string;
  name: string;
  description: string | null;
  /** What this cart pays: 0 when over the free-over threshold or with a free-shipping code. */
  amount: number;
  rateAmount: number;
  freeOverAmount: number | null;
  minDeliveryDays: number;
  maxDeliveryDays: number;
}

export interface AppliedTax {
  name: string;
  rateBps: number;
  /** True: prices already include the tax (shown as "includes"); false: added on top. */
  inclusive: boolean;
}

export interface PriceErrors {
  lines: Record<string, FieldError<LineErrorCode>>;
  discountCode?: FieldError<DiscountErrorCode>;
  shippingMethodId?: FieldError<ShippingErrorCode>;
  /** The address's region is missing or not one the tax rules know: the order is not priced. */
  region?: FieldError<RegionErrorCode>;
  cart?: FieldError<"empty" | "mixed_currency">;
}

export interface PriceBreakdown {
  currency: string;
  lines: PricedLine[];
  subtotalAmount: number;
  discount: AppliedDiscount | null;
  discountAmount: number;
  /** Methods that ship to the given country (all active ones when no address is known yet). */
  shippingOptions: ShippingOption[];
  shipping: ShippingOption | null;
  shippingAmount: number;
  tax: AppliedTax | null;
  taxAmount: number;
  taxInclusive: boolean;
  totalAmount: number;
  errors: PriceErrors;
  /** No line error and no field error: the cart can be ordered as priced. */
  ok: boolean;
}
