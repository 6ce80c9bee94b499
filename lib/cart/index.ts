// Public face of the cart module: import from "@/lib/cart", never from its files.
export { CART_COOKIE } from "./constants";
export { getCartItemCount } from "./queries";
