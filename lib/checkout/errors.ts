// Checkout's typed errors: a code for the page to branch on, a message a shopper can read, and
// field errors to show beside the inputs. SoldOutError comes from inventory (re-exported).
import { AppError, fieldsOf } from "@/lib/errors";
import type { PriceErrors } from "./types";

export type CheckoutErrorCode =
  | "invalid_input"
  | "cart_not_found"
  | "cart_empty"
  | "cart_changed"
  | "cart_invalid"
  | "discount_unavailable"
  | "shipping_required"
  | "too_many_unpaid"
  | "rate_limited";

const STATUS: Record<CheckoutErrorCode, number> = {
  invalid_input: 422,
  cart_not_found: 404,
  cart_empty: 409,
  cart_changed: 409,
  cart_invalid: 409,
  discount_unavailable: 422,
  shipping_required: 422,
  too_many_unpaid: 409,
  rate_limited: 429,
};

export class CheckoutError extends AppError<CheckoutErrorCode> {
  constructor(
    code: CheckoutErrorCode,
    message: string,
    /** Field path ("email", "shippingAddress.postalCode", "lines.<variantId>") → message. */
    fieldErrors: Record<string, string> = {},
  ) {
    super(code, message, { status: STATUS[code], fields: fieldsOf(fieldErrors) });
    this.name = "CheckoutError";
  }
}

/** Flattens pricing's errors into field errors keyed like the form's fields. */
export function fieldErrorsFrom(errors: PriceErrors): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [variantId, error] of Object.entries(errors.lines))
    fields[`lines.${variantId}`] = error.message;
  if (errors.discountCode) fields.discountCode = errors.discountCode.message;
  if (errors.shippingMethodId) fields.shippingMethodId = errors.shippingMethodId.message;
  if (errors.region) fields["shippingAddress.region"] = errors.region.message;
  if (errors.cart) fields.cart = errors.cart.message;
  return fields;
}
