import "server-only";
// What happens when someone signs in (password or OAuth): the guest cart they filled before
// signing in joins their account cart. Never fails the sign-in: a merge problem is logged.
import { mergeGuestCart, verifyCartCookie, type MergeResult } from "@/lib/cart";
import { currentLogger } from "@/lib/observability";

/**
 * Merges the guest cart named by the (signed) cart cookie into `userId`'s cart. Returns the
 * merge result, or null when there was no valid guest cart or the merge failed.
 */
export async function onSignIn(userId: string, guestCartCookie: string | null | undefined): Promise<MergeResult | null> {
  const guestCartId = verifyCartCookie(guestCartCookie);
  if (!guestCartId) return null;
  try {
    return await mergeGuestCart(guestCartId, userId);
  } catch (error) {
    currentLogger().error({ err: error, userId }, "guest cart merge failed at sign-in");
    return null;
  }
}
