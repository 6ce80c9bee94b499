// The guest cart cookie: `<cartId>.<signature>`, an HMAC-SHA256 of the id under a key derived
// from AUTH_SECRET. A shopper cannot point their cookie at someone else's cart without the key;
// a forged or damaged value reads as "no cart", and the next change starts a new one.
// No `server-only` here so scripts and tests can sign too; it is never imported by client code.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

const CART_ID = /^[A-Za-z0-9_-]{1,64}$/;
const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;

const holder = globalThis as typeof globalThis & { __cartwrightCartKey?: Buffer };

function signingKey(): Buffer {
  if (holder.__cartwrightCartKey) return holder.__cartwrightCartKey;
  const { AUTH_SECRET: secret, NODE_ENV } = env();
  if (!secret && NODE_ENV === "production") {
    throw new Error("AUTH_SECRET is required to sign cart cookies (npm start sets one for you)");
  }
  // A key of its own, so a cart signature can never double as a session or token signature.
  // Without AUTH_SECRET (tests, a bare `next dev`) a per-process key: carts last until a restart.
  const base = secret ?? randomBytes(32).toString("base64url");
  holder.__cartwrightCartKey = createHmac("sha256", base).update("cartwright:cart-cookie:v1").digest();
  return holder.__cartwrightCartKey;
}

function signatureOf(cartId: string): string {
  return createHmac("sha256", signingKey()).update(cartId).digest("base64url");
}

/** The cookie value for a cart id. */
export function signCartId(cartId: string): string {
  if (!CART_ID.test(cartId)) throw new Error("Not a cart id");
  return `${cartId}.${signatureOf(cartId)}`;
}

/** The cart id in a cookie value when its signature is genuine; null for anything else. */
export function verifyCartCookie(value: string | undefined | null): string | null {
  if (!value || value.length > 200) return null;
  const dot = value.lastIndexOf(".");
  if (dot <= 0) return null;
  const cartId = value.slice(0, dot);
  const signature = value.slice(dot + 1);
  if (!CART_ID.test(cartId) || !SIGNATURE.test(signature)) return null;
  const expected = Buffer.from(signatureOf(cartId));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? cartId : null;
}

/** Cookie attributes for the cart cookie: httpOnly, same-site, secure when served over HTTPS. */
export function cartCookieOptions(secure: boolean, maxAgeMs: number) {
  return { httpOnly: true, sameSite: "lax" as const, secure, path: "/", maxAge: Math.floor(maxAgeMs / 1000) };
}
