// Public face of the cart module: import from "@/lib/cart", never from its files.
export { CART_COOKIE, CART_TTL_MS } from "./constants";
// The client face: limits, view types and the GET /api/cart schema.
export * from "./client";
export { cartCookieOptions, signCartId, verifyCartCookie } from "./cookie";
export { getAccountCartId, getCart, getCartItemCount } from "./queries";
export { addLine, removeLine, setDiscountCode, updateLine } from "./commands";
export type { CartChange, CartTarget } from "./commands";
export { mergeGuestCart } from "./merge";
export { mergeGuestCartOnSignIn } from "./merge-on-sign-in";
export {
  forgetGuestCart,
  readCartOwner,
  rememberGuestCart,
  resolveCartOwner,
} from "./request-cart";
export type { CartCookieJar, CartCookieReader, CartOwner } from "./request-cart";
export type { MergeResult } from "./merge";
export { purgeExpiredCarts, startCartCleanup } from "./cleanup";
export type { CartCleanup } from "./cleanup";
export { CartError } from "./errors";
export type { CartErrorCode } from "./errors";
export {
  addLineSchema,
  discountCodeSchema,
  quantitySchema,
  removeLineSchema,
  updateLineSchema,
  variantIdSchema,
} from "./schemas";
export type { AddLineInput, RemoveLineInput, UpdateLineInput } from "./schemas";
