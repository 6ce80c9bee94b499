// Links that let the buyer (and only the buyer) see an order without signing in: the order id
// plus an HMAC of it under a key derived from AUTH_SECRET. Used by the confirmation page after
// payment and by the links in order emails. Order numbers are sequential; the key is not.
import { env } from "@/lib/env";
import { signedIds } from "@/lib/signed-ids";

const orderIds = signedIds("cartwright:order-link:v1", "order links");

/** The access token for an order: `<orderId>.<signature>`. */
export function orderAccessToken(orderId: string): string {
  return orderIds.sign(orderId);
}

/** The order id a token grants access to, or null when the token is not genuine. */
export function verifyOrderAccessToken(token: string | null | undefined): string | null {
  return orderIds.verify(token);
}

/** Path of the order's confirmation page, with its token. */
export function orderConfirmationPath(order: { id: string; number: number }): string {
  return `/order/${order.number}/confirmation?token=${encodeURIComponent(orderAccessToken(order.id))}`;
}

/** Absolute URL for mails: built from SITE_URL, never from a request's Host header. */
export function absoluteSiteUrl(path: string): string {
  const config = env();
  const base = (config.SITE_URL ?? config.AUTH_URL ?? `http://localhost:${config.PORT}`).replace(
    /\/+$/,
    "",
  );
  return `${base}${path}`;
}
