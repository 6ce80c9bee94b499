// Cart constants shared by the cart module, route handlers and pages (no server-only code here).

/** Cookie holding the anonymous shopper's signed cart id, `<cartId>.<signature>` (httpOnly). */
export const CART_COOKIE = "cw_cart";

/** A cart lives this long after its last change; every change pushes the expiry out again. */
export const CART_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** Most units of one variant a cart line may hold. */
export const MAX_LINE_QUANTITY = 99;

/** Below this many units left, the cart says "Only N left" instead of "In stock". */
export const LOW_STOCK_DISPLAY = 5;
