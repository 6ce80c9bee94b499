// placeOrder's two steps: price the cart (before the transaction), then write the order (inside it).
import type { Tx } from "@/lib/db";
import { reserveForOrder, SoldOutError, type StockLine } from "@/lib/inventory";
import { createOrder } from "@/lib/orders";
import { claimDiscount } from "./discount-usage";
import { CheckoutError, fieldErrorsFrom } from "./errors";
import { priceWith } from "./price-cart";
import type { PlacedOrder } from "./resume-order";
import type { placeOrderInputSchema } from "./schemas";
import type { PriceBreakdown } from "./types";

type ParsedPlaceOrder = ReturnType<typeof placeOrderInputSchema.parse>;

/**
 * Prices the cart for an order, before the transaction: a cart that cannot be ordered (sold out,
 * bad code, wrong shipping) fails here without ever holding a connection for a transaction, which
 * is what keeps a flash sale's hundreds of losers from queueing behind its winners. The reservation
 * inside the transaction stays the only guard against overselling.
 */
export async function priceForOrder(
  client: Tx,
  input: ParsedPlaceOrder,
  lines: StockLine[],
  now: Date,
): Promise<PriceBreakdown> {
  const { shippingAddress: ship } = input;
  const pricing = await priceWith(
    client,
    {
      lines,
      discountCode: input.discountCode || undefined,
      shippingMethodId: input.shippingMethodId,
      address: { country: ship.country, region: ship.region },
      email: input.email,
      userId: input.userId,
    },
    now,
  );
  if (!pricing.ok) throw pricingFailure(pricing);
  return pricing;
}

interface WriteOrderInput {
  key: string;
  cartId: string;
  input: ParsedPlaceOrder;
  pricing: PriceBreakdown;
  now: Date;
  holdUntil: Date;
  /** The placing client's key (unpaid-orders.ts), stored with the order for the per-client cap. */
  client?: string;
}

/** The body of placeOrder's transaction: create the order, reserve its stock, claim the discount. */
export async function writeOrder(
  tx: Tx,
  { key, cartId, input, pricing, now, holdUntil, client }: WriteOrderInput,
): Promise<PlacedOrder> {
  const { shippingAddress: ship, billingAddress: bill } = input;
  const order = await createOrder(tx, {
    idempotencyKey: key,
    cartId,
    userId: input.userId ?? null,
    email: input.email,
    currency: pricing.currency,
    subtotalAmount: pricing.subtotalAmount,
    discountAmount: pricing.discountAmount,
    shippingAmount: pricing.shippingAmount,
    taxAmount: pricing.taxAmount,
    totalAmount: pricing.totalAmount,
    taxInclusive: pricing.taxInclusive,
    discountCode: pricing.discount?.code ?? null,
    shippingMethodId: input.shippingMethodId,
    shippingMethodName: pricing.shipping?.name ?? null,
    shippingAddress: ship,
    billingAddress: bill ?? null,
    placedAt: now,
    client: client ?? null,
    lines: pricing.lines.map((line) => ({
      variantId: line.variantId,
      productTitle: line.productTitle,
      variantTitle: line.variantTitle,
      sku: line.sku ?? "",
      unitPriceAmount: line.unitPriceAmount,
      quantity: line.quantity,
      lineTotalAmount: line.lineTotalAmount,
    })),
  });
  const stockLines = pricing.lines.map((line) => ({
    variantId: line.variantId,
    quantity: line.quantity,
    sku: line.sku,
    label: `${line.productTitle} (${line.variantTitle})`,
  }));
  await reserveForOrder(tx, { orderId: order.id, lines: stockLines, expiresAt: holdUntil });
  if (pricing.discount) {
    await claimDiscount(tx, {
      code: pricing.discount.code,
      orderId: order.id,
      email: input.email,
      userId: input.userId ?? null,
    });
  }
  return {
    orderId: order.id,
    number: order.number,
    status: order.status,
    currency: order.currency,
    totalAmount: order.totalAmount,
    created: true,
    holdExpiresAt: holdUntil,
  };
}

/** Why a cart cannot be ordered, as the error the shopper sees. */
function pricingFailure(pricing: PriceBreakdown): Error {
  const short = pricing.lines.find((line) => line.error?.code === "insufficient_stock");
  if (short) {
    return new SoldOutError({
      variantId: short.variantId,
      sku: short.sku,
      title: `${short.productTitle} (${short.variantTitle})`,
      requested: short.quantity,
      available: short.available,
    });
  }
  const fields = fieldErrorsFrom(pricing.errors);
  if (pricing.errors.discountCode)
    return new CheckoutError("discount_unavailable", pricing.errors.discountCode.message, fields);
  return new CheckoutError(
    "cart_invalid",
    Object.values(fields)[0] ?? "Your cart cannot be ordered as it is.",
    fields,
  );
}
