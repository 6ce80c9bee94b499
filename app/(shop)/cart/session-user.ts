import "server-only";
// The signed-in shopper, if any, for choosing between the account cart and the guest cart.
import { getSessionUser } from "@/lib/auth";

export async function signedInUserId(): Promise<string | null> {
  return (await getSessionUser())?.id ?? null;
}
