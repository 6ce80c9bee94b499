// placeOrder: the one transaction where money and stock meet. The cart is priced from the catalog
// just before it; inside it the stock for every line is reserved with a conditional update, and
// the order (with snapshots of what was bought), its timeline, the discount use and OrderPlaced
// all commit together, or nothing does. Payment happens later, outside (lib/payments).
import { getCart } from "@/lib/cart";
import { db, inTransaction } from "@/lib/db";
import { invalidInput } from "@/lib/errors";
import { kickDispatcher } from "@/lib/events";
import { DEFAULT_RESERVATION_TTL_MS } from "@/lib/inventory";
import { CheckoutError } from "./errors";
import { checkoutKey, isUniqueViolation, MAX_ATTEMPTS, retryTransient } from "./idempotency";
import { resumeOrder, type PlacedOrder } from "./resume-order";
import { placeOrderInputSchema, type PlaceOrderInput } from "./schemas";
import { priceForOrder, writeOrder } from "./write-order";

export interface PlaceOrderOptions {
  now?: Date;
  /** How long the stock is held for payment (default 15 minutes). */
  reservationTtlMs?: number;
}

function parse(input: PlaceOrderInput) {
  const result = placeOrderInputSchema.safeParse(input);
  if (result.success) return result.data;
  const invalid = invalidInput(result.error, result.error.issues[0]?.message ?? "Check the form");
  throw new CheckoutError("invalid_input", invalid.message, invalid.fieldErrors);
}

/**
 * Places (or finds) the order for a cart version. Same cart and version → the same order, however
 * often and however concurrently this is called. Throws SoldOutError when a line's stock is gone
 * and CheckoutError (with field errors) for anything else the shopper must fix.
 */
export async function placeOrder(
  input: PlaceOrderInput,
  options: PlaceOrderOptions = {},
): Promise<PlacedOrder> {
  const parsed = parse(input);
  const now = options.now ?? new Date();
  const holdUntil = new Date(
    now.getTime() + (options.reservationTtlMs ?? DEFAULT_RESERVATION_TTL_MS),
  );

  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const key = checkoutKey(parsed.cartId, parsed.cartVersion, attempt);
    const existing = await resumeOrder(key, holdUntil);
    if (existing === "cancelled") continue;
    if (existing) return existing;

    const cart = await getCart(parsed.cartId);
    if (!cart)
      throw new CheckoutError("cart_not_found", "Your cart has expired. Add the items again.");
    if (cart.version !== parsed.cartVersion) {
      throw new CheckoutError(
        "cart_changed",
        "Your cart changed while you were checking out. Review it and try again.",
      );
    }
    if (cart.lines.length === 0) throw new CheckoutError("cart_empty", "Your cart is empty.");

    // Catalog prices as of now; a price changed a moment later applies to the next order.
    const lines = cart.lines.map(({ variantId, quantity }) => ({ variantId, quantity }));
    const pricing = await priceForOrder(await db(), parsed, lines, now);
    try {
      // Safe to retry: the idempotency key makes a second run find or create the same order.
      const placed = await retryTransient(() =>
        inTransaction(
          (tx) => writeOrder(tx, { key, cartId: cart.id, input: parsed, pricing, now, holdUntil }),
          { timeoutMs: 30_000 },
        ),
      );
      kickDispatcher();
      return placed;
    } catch (error) {
      // Someone else placed this attempt's order first: theirs is ours.
      if (isUniqueViolation(error)) {
        const winner = await resumeOrder(key, holdUntil);
        if (winner && winner !== "cancelled") return winner;
      }
      throw error;
    }
  }
  throw new CheckoutError(
    "cart_changed",
    "This cart has been checked out too many times. Change it and try again.",
  );
}
