// /cart — the shopper's cart with today's prices and stock, editable in place.
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { CartPanel } from "@/components/shop/cart-panel";
import { getCart, LOW_STOCK_DISPLAY, readCartOwner } from "@/lib/cart";
import { removeCartLine, updateCartLine } from "./actions";

export const metadata: Metadata = { title: "Your cart", robots: { index: false } };

export default async function CartPage() {
  const { cartId } = await readCartOwner(await cookies());
  const cart = await getCart(cartId);
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <h1 className="text-2xl font-bold text-ink">Your cart</h1>
      <CartPanel
        initialCart={cart}
        actions={{ update: updateCartLine, remove: removeCartLine }}
        lowStockBelow={LOW_STOCK_DISPLAY}
      />
    </div>
  );
}
