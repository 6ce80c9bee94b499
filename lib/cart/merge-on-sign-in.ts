// What the cart does when someone signs in (password or OAuth; auth.ts calls it from Auth.js's
// sign-in callback, so lib/auth needs no cart): the guest cart they filled before
// signing in joins their account cart. Never fails the sign-in: a merge problem is logged.
import { currentLogger } from "@/lib/logger";
import { verifyCartCookie } from "./cookie";
import { mergeGuestCart, type MergeResult } from "./merge";

/**
 * Merges the guest cart named by the (signed) cart cookie into `userId`'s cart. Returns the
 * merge result, or null when there was no valid guest cart or the merge failed.
 */
export async function mergeGuestCartOnSignIn(
  userId: string,
  guestCartCookie: string | null | undefined,
): Promise<MergeResult | null> {
  const guestCartId = verifyCartCookie(guestCartCookie);
  if (!guestCartId) return null;
  try {
    return await mergeGuestCart(guestCartId, userId);
  } catch (error) {
    currentLogger().error({ err: error, userId }, "guest cart merge failed at sign-in");
    return null;
  }
}
