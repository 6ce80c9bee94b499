"use client";
// The cart as TanStack Query knows it: one key, one fetcher, one client per browser tab, so
// the drawer and the cart page show the same cart and a change in one shows in the other.
import { QueryClient } from "@tanstack/react-query";
import type { CartView } from "@/lib/cart";

export const cartQueryKey = ["cart"] as const;

export async function fetchCart(): Promise<CartView | null> {
  const response = await fetch("/api/cart", { headers: { accept: "application/json" }, cache: "no-store" });
  if (!response.ok) throw new Error("Could not load your cart");
  const body = (await response.json()) as { cart: CartView | null };
  return body.cart;
}

let browserClient: QueryClient | undefined;

function makeClient(): QueryClient {
  // Stock and prices move: refetch when the drawer opens again, but not on every focus.
  return new QueryClient({ defaultOptions: { queries: { staleTime: 5_000, refetchOnWindowFocus: false, retry: 1 } } });
}

/** One client per tab in the browser; a fresh one per render on the server. */
export function cartQueryClient(): QueryClient {
  if (typeof window === "undefined") return makeClient();
  browserClient ??= makeClient();
  return browserClient;
}
