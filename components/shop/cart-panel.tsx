"use client";
// The cart's contents with live prices and stock, editable in place: used by the cart drawer
// and the /cart page. TanStack Query holds the cart (one cache per tab, shared by both); each
// change goes through a server action and the cart it returns replaces the cached one.
import { QueryClientProvider, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import type { CartActionResult, CartActions, CartView } from "@/lib/cart";
import { formatMoney } from "@/lib/money";
import { CartLineItem } from "./cart-line-item";
import { cartQueryClient, cartQueryKey, fetchCart } from "./cart-query";

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

type Change = { kind: "update"; variantId: string; quantity: string } | { kind: "remove"; variantId: string };

function Panel({ actions, initialCart, onNavigate, showCartLink = false, lowStockBelow }: CartPanelProps) {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: cartQueryKey, queryFn: fetchCart, ...(initialCart !== undefined ? { initialData: initialCart } : {}) });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const change = useMutation({
    mutationFn: (c: Change): Promise<CartActionResult> =>
      c.kind === "update" ? actions.update({ variantId: c.variantId, quantity: c.quantity }) : actions.remove({ variantId: c.variantId }),
    onSuccess: (result, c) => {
      if (result.ok) {
        queryClient.setQueryData(cartQueryKey, result.cart);
        setErrors(({ [c.variantId]: _, ...rest }) => rest);
      } else {
        setErrors((all) => ({ ...all, [c.variantId]: result.fieldErrors.quantity ?? result.error }));
      }
    },
    onError: (_error, c) => setErrors((all) => ({ ...all, [c.variantId]: "Could not update your cart. Please try again." })),
  });

  if (query.isPending) return <p className="py-8 text-center text-sm text-ink-muted">Loading your cart…</p>;
  if (query.isError) return <p role="alert" className="py-8 text-center text-sm text-danger">Your cart could not be loaded. Please try again.</p>;
  const cart = query.data;
  if (!cart || cart.lines.length === 0) {
    return (
      <div className="py-8 text-center">
        <p className="text-ink">Your cart is empty.</p>
        <Link href="/" onClick={onNavigate} className="mt-3 inline-flex min-h-11 items-center text-sm font-semibold text-brand hover:underline">
          Continue shopping
        </Link>
      </div>
    );
  }
  const busyVariant = change.isPending ? change.variables?.variantId : undefined;
  return (
    <div className="flex flex-col">
      <ul className="divide-y divide-paper-line" aria-label="Items in your cart">
        {cart.lines.map((line) => (
          <CartLineItem
            key={line.id}
            line={line}
            busy={busyVariant === line.variantId}
            error={errors[line.variantId]}
            lowStockBelow={lowStockBelow}
            onUpdate={(quantity) => change.mutate({ kind: "update", variantId: line.variantId, quantity })}
            onRemove={() => change.mutate({ kind: "remove", variantId: line.variantId })}
          />
        ))}
      </ul>
      <div className="border-t border-paper-line pt-4">
        <dl className="flex items-baseline justify-between text-base">
          <dt className="font-medium text-ink">Subtotal ({cart.itemCount === 1 ? "1 item" : `${cart.itemCount} items`})</dt>
          <dd className="font-semibold text-ink" data-testid="cart-subtotal">
            {formatMoney(cart.subtotal)}
          </dd>
        </dl>
        <p className="mt-1 text-sm text-ink-muted">Shipping, tax and discount codes are worked out at checkout.</p>
        <div aria-live="polite" className="sr-only">
          {change.isPending ? "Updating your cart" : ""}
        </div>
        <div className="mt-4 flex flex-col gap-2">
          {cart.canCheckout ? (
            <Link href="/checkout" onClick={onNavigate} className="inline-flex min-h-11 items-center justify-center rounded-md bg-brand px-5 text-sm font-semibold text-paper hover:bg-brand-dark">
              Check out
            </Link>
          ) : (
            <p className="rounded-md bg-paper-soft p-3 text-sm text-danger">Some items cannot be bought as they are: change or remove them to check out.</p>
          )}
          {showCartLink ? (
            <Link href="/cart" onClick={onNavigate} className="inline-flex min-h-11 items-center justify-center rounded-md border border-ink-faint px-5 text-sm font-semibold text-ink hover:bg-paper-soft">
              View cart
            </Link>
          ) : null}
        </div>
      </div>
    </div>
  );
}

export function CartPanel(props: CartPanelProps) {
  const [client] = useState(cartQueryClient);
  return (
    <QueryClientProvider client={client}>
      <Panel {...props} />
    </QueryClientProvider>
  );
}
