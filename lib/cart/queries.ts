// Cart reads. Cart ids come from a verified cookie or a session, but are still checked for
// shape: anything odd is not worth a database round trip. Expired carts read as no cart.
import { variantFacts } from "@/lib/catalog";
import { db } from "@/lib/db";
import type { CartLineStatus, CartView } from "./types";
import { availableUnits } from "./available-units";

const CART_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Total quantity of items in a cart that has not expired; 0 when there is no such cart. */
export async function getCartItemCount(cartId: string | null | undefined): Promise<number> {
  if (!cartId || !CART_ID.test(cartId)) return 0;
  const prisma = await db();
  const result = await prisma.cartLine.aggregate({
    _sum: { quantity: true },
    where: { cartId, cart: { expiresAt: { gt: new Date() } } },
  });
  return result._sum.quantity ?? 0;
}

/** The id of a user's live cart (the most recently changed), or null. */
export async function getAccountCartId(userId: string): Promise<string | null> {
  if (!CART_ID.test(userId)) return null;
  const cart = await (
    await db()
  ).cart.findFirst({
    where: { userId, expiresAt: { gt: new Date() } },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    select: { id: true },
  });
  return cart?.id ?? null;
}

/** A live cart with today's prices and stock for each line, or null when there is none. */
export async function getCart(cartId: string | null | undefined): Promise<CartView | null> {
  if (!cartId || !CART_ID.test(cartId)) return null;
  const prisma = await db();
  const cart = await prisma.cart.findFirst({
    where: { id: cartId, expiresAt: { gt: new Date() } },
    select: {
      id: true,
      version: true,
      currency: true,
      discountCode: true,
      expiresAt: true,
      lines: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          quantity: true,
          variantId: true,
        },
      },
    },
  });
  if (!cart) return null;
  const variantIds = cart.lines.map((line) => line.variantId);
  const [stock, facts] = await Promise.all([
    availableUnits(variantIds),
    variantFacts(prisma, variantIds),
  ]);
  // A line's variant always exists (CartLine's foreign key cascades on delete).
  const lines = cart.lines.flatMap((line) => {
    const variant = facts.get(line.variantId);
    if (!variant) return [];
    const available = stock.get(line.variantId) ?? 0;
    const sellable = variant.sellable;
    const status: CartLineStatus = !sellable
      ? "unavailable"
      : line.quantity > available
        ? "insufficient_stock"
        : "ok";
    return {
      id: line.id,
      variantId: variant.variantId,
      productId: variant.productId,
      productSlug: variant.productSlug,
      productTitle: variant.productTitle,
      variantTitle: variant.variantTitle,
      sku: variant.sku,
      image: variant.image,
      quantity: line.quantity,
      unitPrice: { amount: variant.priceAmount, currency: cart.currency },
      lineTotal: { amount: variant.priceAmount * line.quantity, currency: cart.currency },
      available,
      status,
    };
  });
  return {
    id: cart.id,
    version: cart.version,
    currency: cart.currency,
    discountCode: cart.discountCode,
    expiresAt: cart.expiresAt.toISOString(),
    lines,
    itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
    subtotal: {
      amount: lines.reduce((sum, line) => sum + line.lineTotal.amount, 0),
      currency: cart.currency,
    },
    canCheckout: lines.length > 0 && lines.every((line) => line.status === "ok"),
  };
}
