"use client";
// The data side of the header's search-as-you-type: the typed text debounced, then one cached
// request per distinct text to GET /api/v1/search/suggest, checked with the route's own schema.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { suggestResponseSchema, type SearchSuggestion } from "@/lib/search/client";
import { getJson } from "./get-json";

/** Fewer letters than this match too much to be worth a request. */
export const SUGGEST_MIN_LENGTH = 2;
const DEBOUNCE_MS = 150;
const LIMIT = 6;
/** Suggestions for the same text do not change within a minute. */
const STALE_MS = 60_000;

async function fetchSuggestions(query: string, signal: AbortSignal): Promise<SearchSuggestion[]> {
  const params = new URLSearchParams({ q: query, limit: String(LIMIT) });
  const body = await getJson(`/api/v1/search/suggest?${params}`, suggestResponseSchema, { signal });
  return body.suggestions;
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
export function useSearchSuggest(text: string): {
  suggestions: SearchSuggestion[];
  query: string;
  loading: boolean;
} {
  const query = useDebounced(text.trim().replace(/\s+/g, " "), DEBOUNCE_MS);
  const enabled = query.length >= SUGGEST_MIN_LENGTH;
  const result = useQuery({
    queryKey: ["search-suggest", query],
    queryFn: ({ signal }) => fetchSuggestions(query, signal),
    enabled,
    staleTime: STALE_MS,
    placeholderData: keepPreviousData,
  });
  return {
    suggestions: enabled ? (result.data ?? []) : [],
    query,
    loading: enabled && result.isFetching,
  };
}
