import "server-only";
// What checkout works from on the server: the shopper's cart (never an id from the client), the
// signed-in user if any, and their saved addresses (read through lib/accounts, which checks
// the session itself, so another shopper's address reads as none).
import { getMyAddress, listMyAddresses, type AddressView } from "@/lib/accounts";
import { getCart, type CartView } from "@/lib/cart";
import { priceCart, type AddressInput, type PriceBreakdown } from "@/lib/checkout";
import { readCartOwner } from "../cart/cart-session";

export interface CheckoutContext {
  cart: CartView | null;
  userId: string | null;
}

export async function checkoutContext(): Promise<CheckoutContext> {
  const { cartId, userId } = await readCartOwner();
  return { cart: await getCart(cartId), userId };
}

export async function savedAddresses(userId: string | null): Promise<AddressView[]> {
  return userId ? listMyAddresses() : [];
}

/** A saved address of the signed-in shopper as checkout input, or null when it is not theirs. */
export async function savedAddress(userId: string | null, id: string): Promise<AddressInput | null> {
  if (!userId || !id) return null;
  const found = await getMyAddress(id);
  if (!found) return null;
  const optional = (value: string | null) => value ?? undefined;
  return {
    name: found.name,
    company: optional(found.company),
    line1: found.line1,
    line2: optional(found.line2),
    city: found.city,
    region: optional(found.region),
    postalCode: found.postalCode,
    country: found.country,
    phone: optional(found.phone),
  };
}

export interface QuoteRequest {
  country?: string;
  region?: string;
  shippingMethodId?: string;
  discountCode?: string;
  email?: string;
}

/** The server's price for this cart with the given choices. */
export async function quoteCart(context: CheckoutContext & { cart: CartView }, request: QuoteRequest): Promise<PriceBreakdown> {
  const country = request.country && /^[A-Za-z]{2}$/.test(request.country) ? request.country : undefined;
  return priceCart({
    lines: context.cart.lines.map(({ variantId, quantity }) => ({ variantId, quantity })),
    discountCode: request.discountCode || undefined,
    shippingMethodId: request.shippingMethodId || undefined,
    address: country ? { country, region: request.region || undefined } : undefined,
    email: request.email && request.email.includes("@") ? request.email : undefined,
    userId: context.userId ?? undefined,
  });
}
