"use client";
// The product page's add-to-cart control, placed in the variant picker's addToCartSlot. The
// variant is the picker's choice (its hidden "variantId" field joins this form through the
// form id), so the form also works before JavaScript loads. The server action validates
// everything again (variant for sale, quantity 1..99, stock); its message shows beside the
// quantity. On success the shared cart cache is updated for the drawer.
import Link from "next/link";
import { useActionState, useEffect, useId } from "react";
import type { CartActionResult } from "@/lib/cart/client";
import { useSetCart } from "@/hooks/use-cart";
import { QuantityInput } from "./quantity-input";
import { ADD_TO_CART_FORM_ID, useSelectedVariant } from "./variant-picker";

export interface AddToCartProps {
  /** The cart's form action: (previous result, form data) → result. */
  action(previous: CartActionResult | null, form: FormData): Promise<CartActionResult>;
}

export function AddToCart({ action }: AddToCartProps) {
  const id = useId();
  const variant = useSelectedVariant();
  const [state, formAction, pending] = useActionState(action, null);
  const soldOut = variant !== null && variant.available <= 0;
  const quantityError = state && !state.ok ? state.fieldErrors.quantity : undefined;
  const otherError = state && !state.ok && !quantityError ? state.error : undefined;
  const setCart = useSetCart();

  useEffect(() => {
    if (state?.ok) setCart(state.cart);
  }, [state, setCart]);

  return (
    <form id={ADD_TO_CART_FORM_ID} action={formAction} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-qty`} className="text-sm font-semibold text-ink">
            Quantity
          </label>
          <QuantityInput
            id={`${id}-qty`}
            defaultValue={1}
            required
            errorId={quantityError ? `${id}-qty-error` : null}
            className="w-24 px-3"
          />
        </div>
        <button
          type="submit"
          disabled={pending || soldOut}
          className="inline-flex min-h-11 flex-1 items-center justify-center rounded-md bg-brand px-6 text-sm font-semibold text-paper hover:bg-brand-dark disabled:cursor-not-allowed disabled:bg-ink-faint sm:flex-none"
        >
          {soldOut ? "Sold out" : pending ? "Adding…" : "Add to cart"}
        </button>
      </div>
      {quantityError ? (
        <p id={`${id}-qty-error`} className="text-sm text-danger">
          {quantityError}
        </p>
      ) : null}
      <div role="status" aria-live="polite" className="text-sm">
        {state?.ok ? (
          <p className="text-success">
            Added to your cart.{" "}
            <Link href="/cart" className="font-semibold text-brand underline">
              View cart
            </Link>
          </p>
        ) : otherError ? (
          <p className="text-danger">{otherError}</p>
        ) : null}
      </div>
    </form>
  );
}
