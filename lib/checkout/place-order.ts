// placeOrder: the one transaction where money and stock meet. The cart is priced from the catalog
// just before it; inside it the stock for every line is reserved with a conditional update, and
// the order (with snapshots of what was bought), its timeline, the discount use and OrderPlaced
// all commit together, or nothing does. Payment happens later, outside (lib/payments).
import { getCart } from "@/lib/cart";
import { db, inTransaction, type Tx } from "@/lib/db";
import { invalidInput } from "@/lib/errors";
import { kickDispatcher } from "@/lib/events";
import { DEFAULT_RESERVATION_TTL_MS } from "@/lib/inventory";
import { CheckoutError } from "./errors";
import { checkoutKey, isUniqueViolation, MAX_ATTEMPTS, retryTransient } from "./idempotency";
import { resumeOrder, type PlacedOrder } from "./resume-order";
import { placeOrderInputSchema, type PlaceOrderInput } from "./schemas";
import { limitPlacement } from "./limits";
import { checkUnpaidCaps, clientKey, lockUnpaidScope, replaceEarlierOrders } from "./unpaid-orders";
import { priceForOrder, writeOrder } from "./write-order";

export interface PlaceOrderOptions {
  now?: Date;
  /** How long the stock is held for payment (default 15 minutes). */
  reservationTtlMs?: number;
  /**
   * The caller's IP (lib/rate-limit's clientIp). When given, placements are rate-limited and
   * unpaid orders capped per client as well as per cart and email; the storefront always gives it.
   */
  clientIp?: string;
}

function parse(input: PlaceOrderInput) {
  const result = placeOrderInputSchema.safeParse(input);
  if (result.success) return result.data;
  const invalid = invalidInput(result.error, result.error.issues[0]?.message ?? "Check the form");
  throw new CheckoutError("invalid_input", invalid.message, invalid.fieldErrors);
}

async function lockAndReplace(
  tx: Tx,
  scope: Parameters<typeof lockUnpaidScope>[1],
  key: string,
): Promise<number> {
  await lockUnpaidScope(tx, scope);
  return replaceEarlierOrders(tx, scope.cartId, key);
}

/**
 * Places (or finds) the order for a cart version. Same cart and version → the same order, however
 * often and however concurrently this is called. A new version cancels the cart's earlier unpaid
 * order; an email or client past its cap of unpaid orders, or a client placing too often, gets
 * CheckoutError ("too_many_unpaid", "rate_limited"). Throws SoldOutError when a line's stock is gone
 * and CheckoutError (with field errors) for anything else the shopper must fix.
 */
export async function placeOrder(
  input: PlaceOrderInput,
  options: PlaceOrderOptions = {},
): Promise<PlacedOrder> {
  const parsed = parse(input);
  if (options.clientIp) await limitPlacement(options.clientIp);
  const client = options.clientIp ? clientKey(options.clientIp) : undefined;
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
    const scope = { cartId: cart.id, email: parsed.email, client };
    // This version replaces the cart's earlier unpaid order: its stock and discount use come
    // back before pricing, so the shopper is not refused for what they themselves hold.
    if (await inTransaction((tx) => lockAndReplace(tx, scope, key))) kickDispatcher();

    // Catalog prices as of now; a price changed a moment later applies to the next order.
    const lines = cart.lines.map(({ variantId, quantity }) => ({ variantId, quantity }));
    const pricing = await priceForOrder(await db(), parsed, lines, now);
    try {
      // Safe to retry: the idempotency key makes a second run find or create the same order.
      const placed = await retryTransient(() =>
        inTransaction(
          async (tx) => {
            // Again under the locks: a concurrent checkout of this cart, email or client may
            // have placed an order since.
            await lockAndReplace(tx, scope, key);
            await checkUnpaidCaps(tx, scope);
            return writeOrder(tx, {
              key,
              cartId: cart.id,
              input: parsed,
              pricing,
              now,
              holdUntil,
              client,
            });
          },
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
