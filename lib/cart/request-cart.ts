// Which cart a request owns: the signed-in shopper's account cart, else the guest cart named by
// the signed cookie. Pages only read; actions may also create the cookie, renew it, or fold a
// leftover guest cart into the account cart. The cookie jar is a parameter (the route passes
// next/headers' `cookies()`), so this runs, and is tested, without Next.js.
import { env } from "@/lib/env";
import { CART_COOKIE, CART_TTL_MS } from "./constants";
import { cartCookieOptions, signCartId, verifyCartCookie } from "./cookie";
import { mergeGuestCart } from "./merge";
import { getAccountCartId } from "./queries";

// lib/auth's face is server-only (Auth.js); `npm run worker` loads this module's index under
// tsx, so the session is reached only when a request asks for its cart.
const auth = () => import("@/lib/auth");

/** The part of a cookie jar reading needs (next/headers' `cookies()` fits, and so does a Map-backed fake). */
export interface CartCookieReader {
  get(name: string): { value: string } | undefined;
}

/** A cookie jar that can also be written: in server actions and route handlers only. */
export interface CartCookieJar extends CartCookieReader {
  set(name: string, value: string, options: ReturnType<typeof cartCookieOptions>): unknown;
  delete(name: string): unknown;
}

export interface CartOwner {
  userId: string | null;
  cartId: string | null;
}

async function signedInUserId(): Promise<string | null> {
  return (await (await auth()).getSessionUser())?.id ?? null;
}

/** For rendering: the cart to show, without writing anything. */
export async function readCartOwner(cookies: CartCookieReader): Promise<CartOwner> {
  const userId = await signedInUserId();
  if (userId) return { userId, cartId: await getAccountCartId(userId) };
  return { userId: null, cartId: verifyCartCookie(cookies.get(CART_COOKIE)?.value) };
}

/** For actions: as readCartOwner, but a guest cart still in the cookie of a signed-in shopper is merged first. */
export async function resolveCartOwner(cookies: CartCookieJar): Promise<CartOwner> {
  const userId = await signedInUserId();
  const guestCartId = verifyCartCookie(cookies.get(CART_COOKIE)?.value);
  if (!userId) return { userId: null, cartId: guestCartId };
  if (guestCartId) {
    // Sign-in normally merges; this covers a session that began elsewhere (another tab, OAuth).
    const merged = await mergeGuestCart(guestCartId, userId);
    cookies.delete(CART_COOKIE);
    if (merged) return { userId, cartId: merged.cartId };
  }
  return { userId, cartId: await getAccountCartId(userId) };
}

async function servedOverHttps(): Promise<boolean> {
  const site = env().SITE_URL;
  if (site) return site.startsWith("https://");
  return (await (await (await auth()).boundary()).headers()).get("x-forwarded-proto") === "https";
}

/** Sets (or renews, sliding with the cart's own expiry) the guest cart cookie. */
export async function rememberGuestCart(cookies: CartCookieJar, cartId: string): Promise<void> {
  cookies.set(
    CART_COOKIE,
    signCartId(cartId),
    cartCookieOptions(await servedOverHttps(), CART_TTL_MS),
  );
}

/** Drops the guest cart cookie (its cart is gone, e.g. after the order was paid). */
export function forgetGuestCart(cookies: CartCookieJar): void {
  cookies.delete(CART_COOKIE);
}
