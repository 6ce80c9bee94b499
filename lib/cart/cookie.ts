// The guest cart cookie: `<cartId>.<signature>`, signed by lib/signed-ids.ts under a key derived
// from AUTH_SECRET. A shopper cannot point their cookie at someone else's cart without the key;
// a forged or damaged value reads as "no cart", and the next change starts a new one.
import { signedIds } from "@/lib/signed-ids";

const cartIds = signedIds("cartwright:cart-cookie:v1", "cart cookies");

/** The cookie value for a cart id. */
export function signCartId(cartId: string): string {
  return cartIds.sign(cartId);
}

/** The cart id in a cookie value when its signature is genuine; null for anything else. */
export function verifyCartCookie(value: string | undefined | null): string | null {
  return cartIds.verify(value);
}

/** Cookie attributes for the cart cookie: httpOnly, same-site, secure when served over HTTPS. */
export function cartCookieOptions(secure: boolean, maxAgeMs: number) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure,
    path: "/",
    maxAge: Math.floor(maxAgeMs / 1000),
  };
}
