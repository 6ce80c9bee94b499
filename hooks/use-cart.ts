"use client";
// The cart as TanStack Query holds it: one key in the app's one client (components/providers.tsx),
// so the drawer, the /cart page and add-to-cart all see the same cart, and a change made in
// one shows in the others. Reads come from GET /api/cart; changes go through the cart's server
// actions, and the cart each action answers replaces the cached one.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import {
  cartResponseSchema,
  type CartActionResult,
  type CartActions,
  type CartView,
} from "@/lib/cart/client";
import { getJson } from "./get-json";

const cartQueryKey = ["cart"] as const;

/** Stock and prices move: a cart older than this is fetched again when a panel mounts (the drawer opens). */
const CART_STALE_MS = 5_000;

async function fetchCart(signal: AbortSignal): Promise<CartView | null> {
  const body = await getJson("/api/cart", cartResponseSchema, { cache: "no-store", signal });
  return body.cart;
}

/** The shopper's cart (null: none yet). `initialCart` is the one the server rendered, if any. */
export function useCart(initialCart?: CartView | null) {
  return useQuery({
    queryKey: cartQueryKey,
    queryFn: ({ signal }) => fetchCart(signal),
    staleTime: CART_STALE_MS,
    ...(initialCart !== undefined ? { initialData: initialCart } : {}),
  });
}

/** Puts a cart a server action answered into the cache, for every panel showing it. */
export function useSetCart(): (cart: CartView | null) => void {
  const client = useQueryClient();
  return useCallback((cart: CartView | null) => client.setQueryData(cartQueryKey, cart), [client]);
}

export type CartLineChange =
  { kind: "update"; variantId: string; quantity: string } | { kind: "remove"; variantId: string };

/**
 * Changes to the cart's lines through its server actions. A refusal is kept as a message per
 * variant (shown beside that line) until the line changes successfully.
 */
export function useCartLineChange(actions: Pick<CartActions, "update" | "remove">) {
  const setCart = useSetCart();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: (c: CartLineChange): Promise<CartActionResult> =>
      c.kind === "update"
        ? actions.update({ variantId: c.variantId, quantity: c.quantity })
        : actions.remove({ variantId: c.variantId }),
    onSuccess: (result, c) => {
      if (result.ok) {
        setCart(result.cart);
        setErrors(({ [c.variantId]: _, ...rest }) => rest);
      } else {
        setErrors((all) => ({
          ...all,
          [c.variantId]: result.fieldErrors.quantity ?? result.error,
        }));
      }
    },
    onError: (_error, c) =>
      setErrors((all) => ({
        ...all,
        [c.variantId]: "Could not update your cart. Please try again.",
      })),
  });
  return {
    change: mutation.mutate,
    /** The variant whose line is being changed, while a change is on its way. */
    busyVariantId: mutation.isPending ? mutation.variables?.variantId : undefined,
    pending: mutation.isPending,
    errors,
  };
}
