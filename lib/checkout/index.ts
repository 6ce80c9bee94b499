// Checkout: the public face of lib/checkout. Prices come from the database, never the client:
// `priceCart` for display (never throws for a bad cart; the breakdown carries per-line and
// per-field errors) and `placeOrder` for the order itself (one transaction: price again, create,
// reserve stock conditionally, claim the discount, publish OrderPlaced). Pay with lib/payments.
export { priceCart } from "./price-cart";
export { placeOrder } from "./place-order";
export type { PlaceOrderOptions } from "./place-order";
export type { PlacedOrder } from "./resume-order";
export { listShippingMethods } from "./queries";
export { checkoutKey } from "./idempotency";
export { limitQuote } from "./limits";
export { CheckoutError, fieldErrorsFrom } from "./errors";
export type { CheckoutErrorCode } from "./errors";
// Thrown by placeOrder when another shopper took the last units first.
export { SoldOutError } from "@/lib/inventory";
export {
  addressSchema,
  countrySchema,
  discountCodeSchema,
  placeOrderInputSchema,
  priceCartInputSchema,
} from "./schemas";
export type { Address, AddressInput, PlaceOrderInput, PriceCartInput } from "./schemas";
// Regions (ISO 3166-2) where the tax or shipping rules depend on them; the address form's lists.
export { normalizeRegion, regionProblem, regionsOf, SUBDIVISIONS } from "./regions";
// The client face: pricing types and the actions' answers.
export type * from "./client";
