"use client";
// The cart's contents with live prices and stock, editable in place: used by the cart drawer
// and the /cart page. The data comes from hooks/use-cart (one cached cart per tab, shared by
// both, under the shop layout's query client); this file only renders it.
import Link from "next/link";
import type { CartActions, CartView } from "@/lib/cart/client";
import { formatMoney } from "@/lib/money";
import { useCart, useCartLineChange } from "@/hooks/use-cart";
import { CartLineItem } from "./cart-line-item";

export interface CartPanelProps {
  actions: Pick<CartActions, "update" | "remove">;
  /** The cart rendered on the server (the /cart page); the drawer fetches instead. */
  initialCart?: CartView | null;
  /** Called when the shopper follows a link out of the panel (the drawer closes). */
  onNavigate?: () => void;
  /** The drawer links to the full cart page; the page itself does not. */
  showCartLink?: boolean;
  lowStockBelow: number;
}

export function CartPanel({
  actions,
  initialCart,
  onNavigate,
  showCartLink = false,
  lowStockBelow,
}: CartPanelProps) {
  const query = useCart(initialCart);
  const { change, busyVariantId, pending, errors } = useCartLineChange(actions);

  if (query.isPending)
    return <p className="py-8 text-center text-sm text-ink-muted">Loading your cart…</p>;
  if (query.isError)
    return (
      <p role="alert" className="py-8 text-center text-sm text-danger">
        Your cart could not be loaded. Please try again.
      </p>
    );
  const cart = query.data;
  if (!cart || cart.lines.length === 0) {
    return (
      <div className="py-8 text-center">
        <p className="text-ink">Your cart is empty.</p>
        <Link
          href="/"
          onClick={onNavigate}
          className="mt-3 inline-flex min-h-11 items-center text-sm font-semibold text-brand hover:underline"
        >
          Continue shopping
        </Link>
      </div>
    );
  }
  return (
    <div className="flex flex-col">
      <ul className="divide-y divide-paper-line" aria-label="Items in your cart">
        {cart.lines.map((line) => (
          <CartLineItem
            key={line.id}
            line={line}
            busy={busyVariantId === line.variantId}
            error={errors[line.variantId]}
            lowStockBelow={lowStockBelow}
            onUpdate={(quantity) => change({ kind: "update", variantId: line.variantId, quantity })}
            onRemove={() => change({ kind: "remove", variantId: line.variantId })}
          />
        ))}
      </ul>
      <div className="border-t border-paper-line pt-4">
        <dl className="flex items-baseline justify-between text-base">
          <dt className="font-medium text-ink">
            Subtotal ({cart.itemCount === 1 ? "1 item" : `${cart.itemCount} items`})
          </dt>
          <dd className="font-semibold text-ink" data-testid="cart-subtotal">
            {formatMoney(cart.subtotal)}
          </dd>
        </dl>
        <p className="mt-1 text-sm text-ink-muted">
          Shipping, tax and discount codes are worked out at checkout.
        </p>
        <div aria-live="polite" className="sr-only">
          {pending ? "Updating your cart" : ""}
        </div>
        <div className="mt-4 flex flex-col gap-2">
          {cart.canCheckout ? (
            <Link
              href="/checkout"
              onClick={onNavigate}
              className="inline-flex min-h-11 items-center justify-center rounded-md bg-brand px-5 text-sm font-semibold text-paper hover:bg-brand-dark"
            >
              Check out
            </Link>
          ) : (
            <p className="rounded-md bg-paper-soft p-3 text-sm text-danger">
              Some items cannot be bought as they are: change or remove them to check out.
            </p>
          )}
          {showCartLink ? (
            <Link
              href="/cart"
              onClick={onNavigate}
              className="inline-flex min-h-11 items-center justify-center rounded-md border border-ink-faint px-5 text-sm font-semibold text-ink hover:bg-paper-soft"
            >
              View cart
            </Link>
          ) : null}
        </div>
      </div>
    </div>
  );
}
