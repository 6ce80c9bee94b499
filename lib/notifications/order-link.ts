// Links that let the buyer (and only the buyer) see an order without signing in: the order id
// plus an HMAC of it under a key derived from AUTH_SECRET. Used by the confirmation page after
// payment and by the links in order emails. Order numbers are sequential; the key is not.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

const ORDER_ID = /^[A-Za-z0-9_-]{1,64}$/;
const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;
const holder = globalThis as typeof globalThis & { __cartwrightOrderLinkKey?: Buffer };

function key(): Buffer {
  if (holder.__cartwrightOrderLinkKey) return holder.__cartwrightOrderLinkKey;
  const { AUTH_SECRET: secret, NODE_ENV } = env();
  if (!secret && NODE_ENV === "production") throw new Error("AUTH_SECRET is required to sign order links (npm start sets one for you)");
  // Without AUTH_SECRET (tests, a bare `next dev`) links last until the process restarts.
  const base = secret ?? randomBytes(32).toString("base64url");
  holder.__cartwrightOrderLinkKey = createHmac("sha256", base).update("cartwright:order-link:v1").digest();
  return holder.__cartwrightOrderLinkKey;
}

const sign = (orderId: string) => createHmac("sha256", key()).update(orderId).digest("base64url");

/** The access token for an order: `<orderId>.<signature>`. */
export function orderAccessToken(orderId: string): string {
  if (!ORDER_ID.test(orderId)) throw new Error("Not an order id");
  return `${orderId}.${sign(orderId)}`;
}

/** The order id a token grants access to, or null when the token is not genuine. */
export function verifyOrderAccessToken(token: string | null | undefined): string | null {
  if (!token || token.length > 200) return null;
  const dot = token.lastIndexOf(".");
  const orderId = token.slice(0, dot);
  const signature = token.slice(dot + 1);
  if (dot <= 0 || !ORDER_ID.test(orderId) || !SIGNATURE.test(signature)) return null;
  const expected = Buffer.from(sign(orderId));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? orderId : null;
}

/** Path of the order's confirmation page, with its token. */
export function orderConfirmationPath(order: { id: string; number: number }): string {
  return `/order/${order.number}/confirmation?token=${encodeURIComponent(orderAccessToken(order.id))}`;
}

/** Absolute URL for mails: built from SITE_URL, never from a request's Host header. */
export function absoluteSiteUrl(path: string): string {
  const config = env();
  const base = (config.SITE_URL ?? config.AUTH_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, "");
  return `${base}${path}`;
}
