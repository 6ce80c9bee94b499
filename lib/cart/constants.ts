// Cart constants shared by the cart module, route handlers and pages (no server-only code here).

/** Cookie holding the anonymous shopper's cart id (httpOnly; set when the cart is created). */
export const CART_COOKIE = "cw_cart";
