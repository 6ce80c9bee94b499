// The checkout's client-safe face: the price breakdown the checkout page renders and what its
// server actions answer, so the actions and the form share one definition; the region lists the
// address form offers.
import type { PriceBreakdown } from "./types";

export { normalizeRegion, regionProblem, regionsOf, SUBDIVISIONS } from "./regions";
export type { Subdivision } from "./regions";

export type {
  AppliedDiscount,
  AppliedTax,
  DiscountErrorCode,
  FieldError,
  LineErrorCode,
  PriceBreakdown,
  PricedLine,
  PriceErrors,
  RegionErrorCode,
  ShippingErrorCode,
  ShippingOption,
} from "./types";

/** The quote action's answer: the totals for the shopper's choices so far, or why there are none. */
export type QuoteResult =
  { ok: true; quote: PriceBreakdown; cartVersion: number } | { ok: false; error: string };

/** The pay action's answer: where to send the shopper, or messages keyed by form field. */
export type PayResult =
  | { ok: true; redirectUrl: string }
  | { ok: false; error: string; fieldErrors: Record<string, string> };
