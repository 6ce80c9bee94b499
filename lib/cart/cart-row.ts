// Row-level helpers the cart commands share. Each runs on the caller's transaction.
import type { Tx } from "@/lib/db";
import { CART_TTL_MS } from "./constants";
import { CartError } from "./errors";

export const cartExpired = () =>
  new CartError("cart_not_found", "Your cart has expired. Please add the items again.");

/**
 * Locks a live cart for this transaction by bumping its version and sliding its expiry, so
 * concurrent changes to one cart queue up instead of interleaving. Throws when the cart is
 * missing or expired. Every command that changes a cart calls this first.
 */
export async function bumpCart(tx: Tx, cartId: string, now: Date): Promise<void> {
  const { count } = await tx.cart.updateMany({
    where: { id: cartId, expiresAt: { gt: now } },
    data: { version: { increment: 1 }, expiresAt: new Date(now.getTime() + CART_TTL_MS) },
  });
  if (count === 0) throw cartExpired();
}

/** The version the cart has now (read after the bump, inside the same transaction). */
export async function cartVersion(tx: Tx, cartId: string): Promise<number> {
  const row = await tx.cart.findUnique({ where: { id: cartId }, select: { version: true } });
  if (!row) throw cartExpired();
  return row.version;
}

/** Serialises account-cart creation per user, so two tabs cannot each create one. */
export async function lockUserCarts(tx: Tx, userId: string): Promise<void> {
  const key = `cart:${userId}`;
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))::text AS locked`;
}

/** The user's live cart, the most recently changed if there are several. */
export async function findAccountCart(tx: Tx, userId: string, now: Date): Promise<string | null> {
  const cart = await tx.cart.findFirst({
    where: { userId, expiresAt: { gt: now } },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    select: { id: true },
  });
  return cart?.id ?? null;
}

/**
 * A new cart at version 0 (bumpCart then makes it 1 with its first change). For a user, the
 * existing live cart is returned instead when one appeared meanwhile.
 */
export async function createCartRow(
  tx: Tx,
  userId: string | null,
  now: Date,
): Promise<{ id: string; created: boolean }> {
  if (userId) {
    await lockUserCarts(tx, userId);
    const existing = await findAccountCart(tx, userId, now);
    if (existing) return { id: existing, created: false };
  }
  const cart = await tx.cart.create({
    data: { userId, expiresAt: new Date(now.getTime() + CART_TTL_MS) },
    select: { id: true },
  });
  return { id: cart.id, created: true };
}
