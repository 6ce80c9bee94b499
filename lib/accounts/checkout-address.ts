// A saved address as checkout's address input: checkout never reads the address book itself
// (accounts comes after checkout), so the book hands over the one the shopper picked.
import { getSessionUser } from "@/lib/auth";
import type { AddressInput as CheckoutAddress } from "@/lib/checkout";
import { getMyAddress } from "./queries";
import type { AddressView } from "./types";

/** The stored address in checkout's shape: empty optional columns become absent fields. */
export function checkoutAddressOf(
  saved: Omit<AddressView, "id" | "isDefaultShipping" | "isDefaultBilling">,
): CheckoutAddress {
  const optional = (value: string | null) => value ?? undefined;
  return {
    name: saved.name,
    company: optional(saved.company),
    line1: saved.line1,
    line2: optional(saved.line2),
    city: saved.city,
    region: optional(saved.region),
    postalCode: saved.postalCode,
    country: saved.country,
    phone: optional(saved.phone),
  };
}

/**
 * The signed-in shopper's saved address `id` as checkout input. Null when signed out (a guest
 * has no address book, which is not an access error here), or when the address is not theirs.
 */
export async function getMyCheckoutAddress(id: string): Promise<CheckoutAddress | null> {
  if (!id || !(await getSessionUser())) return null;
  const found = await getMyAddress(id);
  return found ? checkoutAddressOf(found) : null;
}
