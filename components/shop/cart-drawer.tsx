"use client";
// The header's cart link, which opens the cart in a side drawer (a modal <dialog>: focus moves
// in, Escape closes, focus returns to the link). Without JavaScript, or with a modifier key
// held, the link goes to the /cart page as usual.
import Link from "next/link";
import { useEffect, useRef, useState, type MouseEvent } from "react";
import type { CartActions } from "@/lib/cart/client";
import { CartIcon } from "@/components/ui/icons";
import { CartPanel } from "./cart-panel";

export interface CartDrawerProps {
  count: number;
  actions: Pick<CartActions, "update" | "remove">;
  lowStockBelow: number;
  className?: string;
}

export function CartDrawer({ count, actions, lowStockBelow, className = "" }: CartDrawerProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const items = count === 1 ? "1 item" : `${count} items`;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  function openDrawer(event: MouseEvent<HTMLAnchorElement>) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0)
      return;
    event.preventDefault();
    setOpen(true);
  }

  return (
    <>
      <Link
        href="/cart"
        onClick={openDrawer}
        className={className}
        aria-label={`Cart, ${items}`}
        aria-haspopup="dialog"
      >
        <CartIcon />
        <span className="hidden sm:inline">Cart</span>
        <span
          data-testid="cart-count"
          className="inline-flex min-w-6 items-center justify-center rounded-full bg-brand px-1.5 text-xs font-semibold text-paper"
        >
          {count}
        </span>
      </Link>
      <dialog
        ref={dialog}
        aria-labelledby="cart-drawer-title"
        onClose={() => setOpen(false)}
        // A click on the backdrop lands on the <dialog> itself: close, as drawers do.
        onClick={(event) => {
          if (event.target === event.currentTarget) setOpen(false);
        }}
        className="fixed inset-y-0 right-0 left-auto m-0 h-full max-h-none w-full max-w-md bg-paper p-0 text-ink shadow-xl backdrop:bg-ink/40"
      >
        <div className="flex h-full flex-col">
          <div className="flex items-center justify-between border-b border-paper-line px-5 py-4">
            <h2 id="cart-drawer-title" className="text-lg font-semibold">
              Your cart
            </h2>
            <button
              type="button"
              onClick={() => setOpen(false)}
              className="min-h-11 rounded-md px-3 text-sm font-medium text-ink hover:bg-paper-soft"
            >
              Close<span className="sr-only"> cart</span>
            </button>
          </div>
          <div className="flex-1 overflow-y-auto px-5 pb-5">
            {open ? (
              <CartPanel
                actions={actions}
                lowStockBelow={lowStockBelow}
                showCartLink
                onNavigate={() => setOpen(false)}
              />
            ) : null}
          </div>
        </div>
      </dialog>
    </>
  );
}
