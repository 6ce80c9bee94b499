"use client";
// Client-side state for the storefront's interactive parts: the app's one TanStack Query client.
// The shop layout renders this once, so every page under it (the header's search box and cart
// drawer, the /cart page, add-to-cart) shares one cache for the whole browser session; the
// server makes a fresh client per render. Each hook in hooks/ says how fresh its data must be.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";

export function Providers({ children }: Readonly<{ children: ReactNode }>) {
  // Created once per mount (not per render); no refetch on window focus, one retry.
  const [client] = useState(
    () =>
      new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false, retry: 1 } } }),
  );
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
