"use client";
// The data side of the header's search-as-you-type: the typed text debounced, then one cached
// request per distinct text to GET /api/v1/search/suggest, checked with zod on arrival.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { z } from "zod";

/** Fewer letters than this match too much to be worth a request. */
export const SUGGEST_MIN_LENGTH = 2;
const DEBOUNCE_MS = 150;
const LIMIT = 6;

const suggestionSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  brand: z.string().nullable(),
  price: z.object({ amount: z.number().int(), currency: z.string() }),
  image: z.object({ url: z.string(), alt: z.string(), width: z.number(), height: z.number() }).nullable(),
});
const responseSchema = z.object({ query: z.string(), suggestions: z.array(suggestionSchema) });
export type Suggestion = z.infer<typeof suggestionSchema>;

async function fetchSuggestions(query: string, signal: AbortSignal): Promise<Suggestion[]> {
  const params = new URLSearchParams({ q: query, limit: String(LIMIT) });
  const response = await fetch(`/api/v1/search/suggest?${params}`, { signal, headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`Suggestions failed (${response.status})`);
  return responseSchema.parse(await response.json()).suggestions;
}

function useDebounced(value: string, delayMs: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

/** Suggestions for `text`; the previous list stays up while the next one loads (no flicker). */
export function useSuggestions(text: string): { suggestions: Suggestion[]; query: string; loading: boolean } {
  const query = useDebounced(text.trim().replace(/\s+/g, " "), DEBOUNCE_MS);
  const enabled = query.length >= SUGGEST_MIN_LENGTH;
  const result = useQuery({
    queryKey: ["search-suggest", query],
    queryFn: ({ signal }) => fetchSuggestions(query, signal),
    enabled,
    placeholderData: keepPreviousData,
  });
  return { suggestions: enabled ? (result.data ?? []) : [], query, loading: enabled && result.isFetching };
}
