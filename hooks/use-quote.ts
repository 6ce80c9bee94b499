"use client";
// Keeps the checkout's totals in step with the shopper's choices: each change of country,
// region, address, shipping method, discount or (on leaving its field) email asks the server
// for a new quote through the checkout's quote action (debounced; a stale answer never
// overwrites a newer one). The action's answer is typed by lib/checkout, which the action
// itself uses, so the two cannot drift.
import { useEffect, useRef, useState } from "react";
import type { PriceBreakdown, QuoteResult } from "@/lib/checkout/client";

export interface QuoteChoices {
  country: string;
  region: string;
  savedAddressId: string;
  shippingMethodId: string;
  discountCode: string;
  email: string;
}

export function useQuote(
  initial: PriceBreakdown,
  choices: QuoteChoices,
  fetchQuote: (choices: QuoteChoices) => Promise<QuoteResult>,
) {
  const [quote, setQuote] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const latest = useRef(0);
  const { country, region, savedAddressId, shippingMethodId, discountCode, email } = choices;
  const first = useRef(true);

  useEffect(() => {
    // The server rendered the first quote already.
    if (first.current) {
      first.current = false;
      return;
    }
    const request = ++latest.current;
    const timer = setTimeout(() => {
      setLoading(true);
      fetchQuote({ country, region, savedAddressId, shippingMethodId, discountCode, email })
        .then((answer) => {
          if (request !== latest.current) return;
          if (answer.ok) {
            setQuote(answer.quote);
            setError(null);
          } else setError(answer.error);
        })
        .catch(
          () =>
            request === latest.current &&
            setError("Could not update the totals. Please try again."),
        )
        .finally(() => request === latest.current && setLoading(false));
    }, 250);
    return () => clearTimeout(timer);
  }, [country, region, savedAddressId, shippingMethodId, discountCode, email, fetchQuote]);

  return { quote, setQuote, error, loading };
}
