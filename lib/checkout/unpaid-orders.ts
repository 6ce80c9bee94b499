// Unpaid orders hold stock (for the hold's TTL) and discount uses, so a shopper who never pays
// must not be able to pile them up: a cart's newer checkout replaces its earlier unpaid order
// (cancelled, stock and discount use given back), and one email and one client may keep only a
// few unpaid orders of other carts open at once. Placing orders is rate-limited too (limits.ts).
// The checks run under transaction-scoped advisory locks (cart, then email, then client: always
// that order, so two checkouts never wait on each other in a cycle), so concurrent checkouts
// cannot both slip under a cap.
import { createHash } from "node:crypto";
import type { Tx } from "@/lib/db";
import { cancelOrder, countUnpaidOrders, lockOrder, unpaidOrdersOfCart } from "@/lib/orders";
import { releaseDiscount } from "./discount-usage";
import { CheckoutError } from "./errors";

/** Unpaid orders of other carts one email, or one client (IP), may have open at once. */
export const UNPAID_ORDER_CAPS = { perEmail: 1, perClient: 3 } as const;

/** The client's key as stored with its orders: a digest, so orders keep no IP in clear. */
export function clientKey(ip: string): string {
  return createHash("sha256").update(`checkout-client:${ip}`).digest("hex").slice(0, 32);
}

async function advisoryLock(tx: Tx, key: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
}

export interface UnpaidScope {
  cartId: string;
  email: string;
  /** clientKey(ip), when the caller knows the client. */
  client?: string;
}

/** Takes the scope's locks, in the one order every checkout uses. */
export async function lockUnpaidScope(tx: Tx, scope: UnpaidScope): Promise<void> {
  await advisoryLock(tx, `checkout:cart:${scope.cartId}`);
  await advisoryLock(tx, `checkout:email:${scope.email}`);
  if (scope.client) await advisoryLock(tx, `checkout:client:${scope.client}`);
}

/**
 * Cancels the cart's unpaid orders other than the one under `key` (an earlier version's, or a
 * dead attempt's), returning their stock and discount uses now rather than when the event
 * handler runs, so the new order can take them in this flow. Call under the cart's lock.
 */
export async function replaceEarlierOrders(tx: Tx, cartId: string, key: string): Promise<number> {
  let replaced = 0;
  for (const orderId of await unpaidOrdersOfCart(tx, cartId, key)) {
    // Re-read under the order's lock: a payment may have just landed.
    const order = await lockOrder(tx, orderId);
    if (order.status !== "PENDING_PAYMENT") continue;
    await cancelOrder(
      { orderId, reason: "customer", note: "replaced by a newer checkout of the same cart" },
      tx,
    );
    await releaseDiscount(tx, orderId);
    replaced++;
  }
  return replaced;
}

/** Refuses a new order when the email or the client already has its cap of unpaid orders. */
export async function checkUnpaidCaps(tx: Tx, scope: UnpaidScope): Promise<void> {
  const byEmail = await countUnpaidOrders(tx, { email: scope.email }, scope.cartId);
  if (byEmail >= UNPAID_ORDER_CAPS.perEmail) {
    throw new CheckoutError(
      "too_many_unpaid",
      "An order for this email address is already waiting for payment. Pay for it, or try again once it expires (within 15 minutes).",
      { email: "This email address already has an order waiting for payment." },
    );
  }
  if (!scope.client) return;
  const byClient = await countUnpaidOrders(tx, { client: scope.client }, scope.cartId);
  if (byClient >= UNPAID_ORDER_CAPS.perClient) {
    throw new CheckoutError(
      "too_many_unpaid",
      "Too many orders from your connection are waiting for payment. Pay for one, or try again once they expire (within 15 minutes).",
    );
  }
}
