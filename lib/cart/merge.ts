// Signing in with a guest cart: its lines move into the account cart. Quantities of the same
// variant are added, then capped by the stock a shopper can buy (and the per-line limit);
// variants no longer for sale are dropped. The guest cart is deleted, so its cookie is dead.
import { db, inTransaction } from "@/lib/db";
import { bumpCart, cartVersion, createCartRow } from "./cart-row";
import { MAX_LINE_QUANTITY } from "./constants";
import { variantFacts } from "@/lib/catalog";
import { availableUnits } from "./available-units";

export interface MergeResult {
  /** The account cart that now holds everything. */
  cartId: string;
  version: number;
  /** Guest lines whose quantity was lowered or which were dropped for lack of stock. */
  adjusted: number;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Moves a guest cart into `userId`'s account cart. Safe to call twice or concurrently: the
 * guest cart is claimed by deleting it, and only the caller whose delete succeeded merges.
 * Returns null when the guest cart is gone, expired, or already belongs to an account, and the
 * user has no cart either.
 */
export async function mergeGuestCart(
  guestCartId: string,
  userId: string,
  now = new Date(),
): Promise<MergeResult | null> {
  if (!ID.test(guestCartId) || !ID.test(userId)) return null;
  // Stock is read before the transaction (see availableUnits); the lines are re-read inside it.
  const prisma = await db();
  const preview = await prisma.cartLine.findMany({
    where: { cartId: guestCartId },
    select: { variantId: true },
  });
  const stock = await availableUnits(preview.map((line) => line.variantId));
  return inTransaction(async (tx) => {
    const guest = await tx.cart.findFirst({
      where: { id: guestCartId, userId: null, expiresAt: { gt: now } },
      select: { discountCode: true, lines: { select: { variantId: true, quantity: true } } },
    });
    // Claim it: a concurrent merge blocks on this row and then deletes nothing.
    const claimed = guest
      ? (await tx.cart.deleteMany({ where: { id: guestCartId, userId: null } })).count === 1
      : false;
    if (!guest || !claimed || guest.lines.length === 0) {
      const existing = await tx.cart.findFirst({
        where: { userId, expiresAt: { gt: now } },
        orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
        select: { id: true, version: true },
      });
      return existing ? { cartId: existing.id, version: existing.version, adjusted: 0 } : null;
    }

    const { id: cartId } = await createCartRow(tx, userId, now);
    await bumpCart(tx, cartId, now);
    const facts = await variantFacts(
      tx,
      guest.lines.map((line) => line.variantId),
    );
    const current = new Map(
      (
        await tx.cartLine.findMany({
          where: { cartId },
          select: { variantId: true, quantity: true },
        })
      ).map((l) => [l.variantId, l.quantity]),
    );
    let adjusted = 0;
    for (const line of guest.lines) {
      const fact = facts.get(line.variantId);
      const mine = current.get(line.variantId) ?? 0;
      const wanted = mine + line.quantity;
      // Never below what the account line already held: the cap applies to what is added.
      const target = fact?.sellable
        ? Math.max(mine, Math.min(wanted, stock.get(line.variantId) ?? 0, MAX_LINE_QUANTITY))
        : mine;
      if (target < wanted) adjusted++;
      if (target === mine) continue;
      await tx.cartLine.upsert({
        where: { cartId_variantId: { cartId, variantId: line.variantId } },
        create: { cartId, variantId: line.variantId, quantity: target },
        update: { quantity: target },
      });
    }
    // The guest's code carries over unless the account cart already has one.
    if (guest.discountCode) {
      await tx.cart.updateMany({
        where: { id: cartId, discountCode: null },
        data: { discountCode: guest.discountCode },
      });
    }
    return { cartId, version: await cartVersion(tx, cartId), adjusted };
  });
}
