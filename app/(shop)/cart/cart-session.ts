import "server-only";
// Which cart this request is about: a signed-in shopper's account cart, else the guest cart
// named by the signed cookie. Pages only read; actions may also create the cookie, renew it,
// or fold a leftover guest cart into the account cart.
import { cookies, headers } from "next/headers";
import {
  CART_COOKIE,
  CART_TTL_MS,
  cartCookieOptions,
  getAccountCartId,
  mergeGuestCart,
  signCartId,
  verifyCartCookie,
} from "@/lib/cart";
import { env } from "@/lib/env";
import { signedInUserId } from "./session-user";

export interface CartOwner {
  userId: string | null;
  cartId: string | null;
}

/** For rendering: the cart to show, without writing anything. */
export async function readCartOwner(): Promise<CartOwner> {
  const userId = await signedInUserId();
  if (userId) return { userId, cartId: await getAccountCartId(userId) };
  return { userId: null, cartId: verifyCartCookie((await cookies()).get(CART_COOKIE)?.value) };
}

/** For actions: as readCartOwner, but a guest cart still in the cookie of a signed-in shopper is merged first. */
export async function resolveCartOwner(): Promise<CartOwner> {
  const userId = await signedInUserId();
  const store = await cookies();
  const guestCartId = verifyCartCookie(store.get(CART_COOKIE)?.value);
  if (!userId) return { userId: null, cartId: guestCartId };
  if (guestCartId) {
    // Sign-in normally merges; this covers a session that began elsewhere (another tab, OAuth).
    const merged = await mergeGuestCart(guestCartId, userId);
    store.delete(CART_COOKIE);
    if (merged) return { userId, cartId: merged.cartId };
  }
  return { userId, cartId: await getAccountCartId(userId) };
}

async function servedOverHttps(): Promise<boolean> {
  const site = env().SITE_URL;
  if (site) return site.startsWith("https://");
  return (await headers()).get("x-forwarded-proto") === "https";
}

/** Sets (or renews, sliding with the cart's own expiry) the guest cart cookie. */
export async function rememberGuestCart(cartId: string): Promise<void> {
  const store = await cookies();
  store.set(CART_COOKIE, signCartId(cartId), cartCookieOptions(await servedOverHttps(), CART_TTL_MS));
}

/** Drops the guest cart cookie (its cart is gone, e.g. after the order was paid). */
export async function forgetGuestCart(): Promise<void> {
  (await cookies()).delete(CART_COOKIE);
}
