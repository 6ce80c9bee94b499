// priceCart: a cart's price, always from the catalog in the database (never from the client).
// `priceWith` takes a client so placeOrder can price inside its own transaction.
import { variantFacts } from "@/lib/catalog";
import { db, type Tx } from "@/lib/db";
import { getStockLevels } from "@/lib/inventory";
import {
  applyDiscount,
  checkShipping,
  computeTax,
  pickTaxRate,
  shippingOption,
  shipsTo,
} from "./pricing-rules";
import { normalizeRegion, regionProblem, regionsOf } from "./regions";
import { priceCartInputSchema, type PriceCartInput } from "./schemas";
import type {
  AppliedDiscount,
  FieldError,
  LineErrorCode,
  PriceBreakdown,
  PriceErrors,
  PricedLine,
  RegionErrorCode,
} from "./types";
import type { TaxRow } from "./pricing-rules";

export type ParsedPriceInput = ReturnType<typeof priceCartInputSchema.parse>;
const DEFAULT_CURRENCY = "USD";

type LoadedLine = PricedLine & { currency: string | null };

async function loadLines(client: Tx, input: ParsedPriceInput): Promise<LoadedLine[]> {
  const wanted = new Map<string, number>();
  for (const line of input.lines)
    wanted.set(line.variantId, (wanted.get(line.variantId) ?? 0) + line.quantity);
  // The catalog's facts and inventory's levels, each through its module, in this transaction.
  const facts = await variantFacts(client, [...wanted.keys()]);
  const levels = await getStockLevels([...wanted.keys()], client);
  return [...wanted].map(([variantId, quantity]): LoadedLine => {
    const v = facts.get(variantId);
    const error = (code: LineErrorCode, message: string): FieldError<LineErrorCode> => ({
      code,
      message,
    });
    if (!v) {
      return {
        variantId,
        productId: null,
        productSlug: null,
        productTitle: "Unavailable item",
        variantTitle: "",
        sku: null,
        imageUrl: null,
        unitPriceAmount: 0,
        quantity,
        lineTotalAmount: 0,
        available: 0,
        currency: null,
        error: error("variant_not_found", "This item is no longer sold."),
      };
    }
    const available = Math.max(0, levels.get(variantId)?.available ?? 0);
    const validQuantity = Number.isInteger(quantity) && quantity >= 1 && quantity <= 99;
    const lineError = !v.sellable
      ? error("variant_inactive", "This item is no longer available.")
      : !validQuantity
        ? error("quantity_invalid", "Choose a quantity from 1 to 99.")
        : quantity > available
          ? error("insufficient_stock", available > 0 ? `Only ${available} left.` : "Sold out.")
          : null;
    return {
      variantId,
      productId: v.productId,
      productSlug: v.productSlug,
      productTitle: v.productTitle,
      variantTitle: v.variantTitle,
      sku: v.sku,
      imageUrl: v.imageUrl,
      unitPriceAmount: v.priceAmount,
      quantity,
      lineTotalAmount: validQuantity ? v.priceAmount * quantity : 0,
      available,
      currency: v.currency,
      error: lineError,
    };
  });
}

/** Prices the cart with the given client (a transaction, or the process's client). */
export async function priceWith(
  client: Tx,
  input: ParsedPriceInput,
  now: Date,
): Promise<PriceBreakdown> {
  const loaded = await loadLines(client, input);
  const errors: PriceErrors = { lines: {} };
  // The cart's currency is its first sellable line's; a line in another one cannot be ordered with it.
  const currency =
    loaded.find((line) => line.currency && !line.error)?.currency ?? DEFAULT_CURRENCY;
  const lines: PricedLine[] = loaded.map(({ currency: lineCurrency, ...line }) =>
    lineCurrency && lineCurrency !== currency && !line.error
      ? {
          ...line,
          lineTotalAmount: 0,
          error: {
            code: "currency_mismatch",
            message: `This item is priced in ${lineCurrency}, your cart in ${currency}.`,
          },
        }
      : line,
  );
  for (const line of lines) if (line.error) errors.lines[line.variantId] = line.error;
  if (lines.length === 0) errors.cart = { code: "empty", message: "Your cart is empty." };
  if (lines.some((line) => line.error?.code === "currency_mismatch")) {
    errors.cart = {
      code: "mixed_currency",
      message: "Your cart holds items priced in different currencies.",
    };
  }

  // Lines short of stock are still priced (the shopper sees the figure and the warning).
  const counted = lines.filter((line) => !line.error || line.error.code === "insufficient_stock");
  const subtotalAmount = counted.reduce((sum, line) => sum + line.lineTotalAmount, 0);

  let discount: AppliedDiscount | null = null;
  if (input.discountCode) {
    const row = await client.discountCode.findUnique({ where: { code: input.discountCode } });
    if (!row)
      errors.discountCode = {
        code: "not_found",
        message: `We don't recognise the code ${input.discountCode}.`,
      };
    else {
      const customerUses = await countCustomerUses(client, row.id, input.userId);
      const result = applyDiscount(row, { subtotalAmount, currency, now, customerUses });
      if ("message" in result) errors.discountCode = result;
      else discount = result;
    }
  }
  const discountAmount = discount?.amount ?? 0;
  const goodsAmount = subtotalAmount - discountAmount;

  const country = input.address?.country;
  const methods = await client.shippingMethod.findMany({
    where: { active: true },
    orderBy: [{ position: "asc" }, { name: "asc" }],
  });
  const shippingOptions = methods
    .filter((row) => row.currency === currency && shipsTo(row, country))
    .map((row) => shippingOption(row, goodsAmount, discount?.freeShipping ?? false));
  let shipping = null;
  if (input.shippingMethodId) {
    const row = methods.find((method) => method.id === input.shippingMethodId);
    const problem = checkShipping(row, country, currency);
    if (problem) errors.shippingMethodId = problem;
    else if (row) shipping = shippingOption(row, goodsAmount, discount?.freeShipping ?? false);
  }
  const shippingAmount = shipping?.amount ?? 0;

  const rates = country ? await client.taxRate.findMany({ where: { country } }) : [];
  const region = country ? normalizeRegion(country, input.address?.region) : undefined;
  if (country) {
    const problem = regionError(rates, country, region);
    if (problem) errors.region = problem;
  }
  // Never priced with a region the rules do not know: no tax at all rather than the wrong one.
  const { tax, taxAmount } = computeTax(
    country && !errors.region ? pickTaxRate(rates, country, region) : null,
    goodsAmount + shippingAmount,
  );
  const taxInclusive = tax?.inclusive ?? false;
  const totalAmount = goodsAmount + shippingAmount + (taxInclusive ? 0 : taxAmount);
  const ok =
    lines.length > 0 &&
    Object.keys(errors.lines).length === 0 &&
    !errors.discountCode &&
    !errors.shippingMethodId &&
    !errors.region &&
    !errors.cart;
  return {
    currency,
    lines,
    subtotalAmount,
    discount,
    discountAmount,
    shippingOptions,
    shipping,
    shippingAmount,
    tax,
    taxAmount,
    taxInclusive,
    totalAmount,
    errors,
    ok,
  };
}

/**
 * A region the country's rules cannot price: missing or not in its subdivision list; for a
 * country with regional tax rates but no list (regions.ts), anything but one of those regions.
 */
function regionError(
  rates: TaxRow[],
  country: string,
  region: string | undefined,
): FieldError<RegionErrorCode> | null {
  const fail = (code: RegionErrorCode, message: string) => ({ code, message });
  if (regionsOf(country)) {
    const problem = regionProblem(country, region);
    if (!problem) return null;
    return fail(region === undefined ? "region_required" : "region_unknown", problem);
  }
  const regional = rates.filter((rate) => rate.region !== "");
  if (regional.length === 0) return null;
  if (region === undefined) return fail("region_required", "Choose a state or region");
  const known = regional.some((rate) => rate.region.toUpperCase() === region.toUpperCase());
  return known ? null : fail("region_unknown", "We cannot ship to this region yet");
}

/**
 * A signed-in customer's uses of the code. A typed email is not counted here: anyone can type
 * anyone's email, so a quote answering by email would tell whether that person used the code.
 * Guests' per-email uses are checked when the order is placed (discount-usage.ts).
 */
async function countCustomerUses(
  client: Tx,
  discountId: string,
  userId: string | undefined,
): Promise<number | null> {
  if (!userId) return null;
  return client.discountUsage.count({ where: { discountId, userId } });
}

/**
 * The price of a cart, computed now from the catalog, discount codes, shipping methods and tax
 * rates in the database. Never throws for a bad cart: the breakdown carries the reasons.
 * Throws a ZodError only for input that is not even shaped like a cart.
 */
export async function priceCart(
  input: PriceCartInput,
  options: { now?: Date } = {},
): Promise<PriceBreakdown> {
  return priceWith(await db(), priceCartInputSchema.parse(input), options.now ?? new Date());
}
