"use client";
// Client-side state for the storefront's interactive parts (search-as-you-type today): one
// TanStack Query client per browser tab, created once per mount of the shop layout.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";

function makeClient(): QueryClient {
  // Suggestions for the same text do not change within a minute; no refetch on window focus.
  return new QueryClient({ defaultOptions: { queries: { staleTime: 60_000, refetchOnWindowFocus: false, retry: 1 } } });
}

export function Providers({ children }: Readonly<{ children: ReactNode }>) {
  const [client] = useState(makeClient);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
