import "server-only";
// Cart reads. The cart id comes from a cookie, i.e. from the shopper: treat it as untrusted.
import { db } from "@/lib/db";

// cuid ids are short; anything long or odd is a forged cookie, not worth a database round trip.
const CART_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Total quantity of items in a cart that has not expired; 0 when there is no such cart. */
export async function getCartItemCount(cartId: string | undefined): Promise<number> {
  if (!cartId || !CART_ID.test(cartId)) return 0;
  const prisma = await db();
  const result = await prisma.cartLine.aggregate({
    _sum: { quantity: true },
    where: { cartId, cart: { expiresAt: { gt: new Date() } } },
  });
  return result._sum.quantity ?? 0;
}
