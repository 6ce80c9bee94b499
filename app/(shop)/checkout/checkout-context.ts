import "server-only";
// What checkout works from on the server: the shopper's cart (never an id from the client), the
// signed-in user if any, and their saved addresses (read through lib/accounts, which checks
// the session itself, so another shopper's address reads as none).
import { cookies } from "next/headers";
import { listMyAddresses, type AddressView } from "@/lib/accounts";
import { getCart, readCartOwner, type CartView } from "@/lib/cart";
import { priceCart, type PriceBreakdown } from "@/lib/checkout";

export interface CheckoutContext {
  cart: CartView | null;
  userId: string | null;
}

export async function checkoutContext(): Promise<CheckoutContext> {
  const { cartId, userId } = await readCartOwner(await cookies());
  return { cart: await getCart(cartId), userId };
}

export async function savedAddresses(userId: string | null): Promise<AddressView[]> {
  return userId ? listMyAddresses() : [];
}

export interface QuoteRequest {
  country?: string;
  region?: string;
  shippingMethodId?: string;
  discountCode?: string;
  email?: string;
}

/** The server's price for this cart with the given choices. */
export async function quoteCart(
  context: CheckoutContext & { cart: CartView },
  request: QuoteRequest,
): Promise<PriceBreakdown> {
  const country =
    request.country && /^[A-Za-z]{2}$/.test(request.country) ? request.country : undefined;
  return priceCart({
    lines: context.cart.lines.map(({ variantId, quantity }) => ({ variantId, quantity })),
    discountCode: request.discountCode || undefined,
    shippingMethodId: request.shippingMethodId || undefined,
    address: country ? { country, region: request.region || undefined } : undefined,
    email: request.email && request.email.includes("@") ? request.email : undefined,
    userId: context.userId ?? undefined,
  });
}
