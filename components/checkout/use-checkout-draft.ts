"use client";
// What the shopper typed at checkout, kept in this tab's sessionStorage when they go to pay, so
// "Back to checkout" after a declined card finds the form filled in. Never anything about the
// card, and only in this tab (sessionStorage dies with it).
import { useMemo, useSyncExternalStore } from "react";
import { z } from "zod";

const KEY = "cw-checkout-draft";

const draftSchema = z.object({
  email: z.string().max(320),
  savedAddressId: z.string().max(64),
  shippingMethodId: z.string().max(64),
  address: z.object({
    name: z.string(),
    company: z.string(),
    line1: z.string(),
    line2: z.string(),
    city: z.string(),
    region: z.string(),
    postalCode: z.string(),
    country: z.string(),
    phone: z.string(),
  }),
});
export type CheckoutDraft = z.infer<typeof draftSchema>;

const read = () => {
  try {
    return window.sessionStorage.getItem(KEY);
  } catch {
    return null; // storage disabled: no draft
  }
};

/** The saved draft, or null (always null on the server and during hydration). */
export function useCheckoutDraft(): CheckoutDraft | null {
  const raw = useSyncExternalStore(
    () => () => {},
    read,
    () => null,
  );
  return useMemo(() => {
    if (!raw) return null;
    try {
      const parsed = draftSchema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }, [raw]);
}

export function saveCheckoutDraft(draft: CheckoutDraft): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the shopper retypes, nothing breaks.
  }
}

export function clearCheckoutDraft(): void {
  try {
    window.sessionStorage.removeItem(KEY);
  } catch {
    // Nothing to clear.
  }
}
