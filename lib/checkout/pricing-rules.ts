// The arithmetic of a price, pure: no database, no clock of its own. Rounding is half-up on
// minor units, once per figure, so the parts always add up to the total.
import { formatMoney } from "@/lib/money";
import type {
  AppliedDiscount,
  AppliedTax,
  DiscountErrorCode,
  FieldError,
  ShippingErrorCode,
  ShippingOption,
} from "./types";

export interface DiscountRow {
  id: string;
  code: string;
  type: "PERCENT" | "FIXED" | "FREE_SHIPPING";
  value: number;
  currency: string | null;
  minSubtotalAmount: number | null;
  startsAt: Date | null;
  endsAt: Date | null;
  usageLimit: number | null;
  usageLimitPerCustomer: number | null;
  usedCount: number;
  active: boolean;
}

export interface ShippingRow {
  id: string;
  code: string;
  name: string;
  description: string | null;
  rateAmount: number;
  currency: string;
  freeOverAmount: number | null;
  minDeliveryDays: number;
  maxDeliveryDays: number;
  countries: string[];
  active: boolean;
}

export interface TaxRow {
  country: string;
  region: string;
  name: string;
  rateBps: number;
  inclusive: boolean;
}

/** The answer to every refusal of a code that depends on who is asking. */
export const CODE_CANNOT_BE_APPLIED = "This code cannot be applied.";

const bps = (amount: number, rate: number) => Math.round((amount * rate) / 10_000);

/** Checks a code against the cart; `customerUses` is null when the shopper is not known yet. */
export function applyDiscount(
  row: DiscountRow,
  cart: { subtotalAmount: number; currency: string; now: Date; customerUses: number | null },
): AppliedDiscount | FieldError<DiscountErrorCode> {
  const fail = (code: DiscountErrorCode, message: string) => ({ code, message });
  if (!row.active) return fail("inactive", `The code ${row.code} is no longer active.`);
  if (row.startsAt && row.startsAt > cart.now)
    return fail("not_started", `The code ${row.code} is not valid yet.`);
  if (row.endsAt && row.endsAt <= cart.now)
    return fail("expired", `The code ${row.code} has expired.`);
  if (row.currency && row.currency !== cart.currency)
    return fail("currency", `The code ${row.code} is not valid in ${cart.currency}.`);
  if (row.minSubtotalAmount !== null && cart.subtotalAmount < row.minSubtotalAmount) {
    return fail(
      "min_subtotal",
      `The code ${row.code} needs a subtotal of at least ${formatMoney({ amount: row.minSubtotalAmount, currency: cart.currency })}.`,
    );
  }
  if (row.usageLimit !== null && row.usedCount >= row.usageLimit)
    return fail("usage_limit", `The code ${row.code} has been used up.`);
  if (
    row.usageLimitPerCustomer !== null &&
    cart.customerUses !== null &&
    cart.customerUses >= row.usageLimitPerCustomer
  ) {
    // Said the same way as any refusal that depends on who asks: it must not tell one shopper
    // whether another has used the code.
    return fail("customer_limit", CODE_CANNOT_BE_APPLIED);
  }
  const amount =
    row.type === "PERCENT"
      ? Math.min(bps(cart.subtotalAmount, row.value), cart.subtotalAmount)
      : row.type === "FIXED"
        ? Math.min(row.value, cart.subtotalAmount)
        : 0;
  return {
    code: row.code,
    type: row.type,
    value: row.value,
    amount,
    freeShipping: row.type === "FREE_SHIPPING",
  };
}

export function shipsTo(row: ShippingRow, country: string | undefined): boolean {
  return (
    row.active &&
    (row.countries.length === 0 || (country !== undefined && row.countries.includes(country)))
  );
}

/** The price of one method for a cart whose goods, after discount, come to `goodsAmount`. */
export function shippingOption(
  row: ShippingRow,
  goodsAmount: number,
  freeShipping: boolean,
): ShippingOption {
  const free = freeShipping || (row.freeOverAmount !== null && goodsAmount >= row.freeOverAmount);
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    description: row.description,
    amount: free ? 0 : row.rateAmount,
    rateAmount: row.rateAmount,
    freeOverAmount: row.freeOverAmount,
    minDeliveryDays: row.minDeliveryDays,
    maxDeliveryDays: row.maxDeliveryDays,
  };
}

export function checkShipping(
  row: ShippingRow | undefined,
  country: string | undefined,
  currency: string,
): FieldError<ShippingErrorCode> | null {
  if (!row || !row.active) return { code: "not_found", message: "Choose a shipping method." };
  if (row.currency !== currency)
    return { code: "currency", message: `${row.name} is not offered in ${currency}.` };
  if (country !== undefined && !shipsTo(row, country))
    return { code: "not_available", message: `${row.name} does not ship to ${country}.` };
  return null;
}

/** A region's own rate wins over its country's; no rate means no tax. */
export function pickTaxRate(
  rows: TaxRow[],
  country: string,
  region: string | undefined,
): TaxRow | null {
  const wanted = region?.trim().toUpperCase() ?? "";
  return (
    rows.find(
      (row) => row.country === country && wanted !== "" && row.region.toUpperCase() === wanted,
    ) ??
    rows.find((row) => row.country === country && row.region === "") ??
    null
  );
}

/**
 * Tax on goods after discount plus shipping. Exclusive: added on top. Inclusive: the prices
 * already contain it, so the total is unchanged and the tax is the part of it that is tax.
 */
export function computeTax(
  rate: TaxRow | null,
  taxableAmount: number,
): { tax: AppliedTax | null; taxAmount: number } {
  if (!rate || rate.rateBps === 0)
    return {
      tax: rate && { name: rate.name, rateBps: 0, inclusive: rate.inclusive },
      taxAmount: 0,
    };
  const taxAmount = rate.inclusive
    ? taxableAmount - Math.round((taxableAmount * 10_000) / (10_000 + rate.rateBps))
    : bps(taxableAmount, rate.rateBps);
  return { tax: { name: rate.name, rateBps: rate.rateBps, inclusive: rate.inclusive }, taxAmount };
}
