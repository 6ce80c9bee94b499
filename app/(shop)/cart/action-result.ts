// What the cart actions answer: the cart after the change, or a message and the field it
// belongs to. Plain data, so client components can show it without knowing CartError.
import type { z } from "zod";
import { CartError, type CartActionResult } from "@/lib/cart";
import { currentLogger } from "@/lib/logger";

export type { CartActionResult };

/** Turns a thrown error into a result: CartErrors as they are, anything else generically. */
export function failure(error: unknown): CartActionResult {
  if (error instanceof CartError) return { ok: false, error: error.message, fieldErrors: error.fieldErrors };
  // An unknown error is ours, not the shopper's: log it, say something generic.
  currentLogger().error({ err: error }, "cart action failed");
  const message = "Something went wrong updating your cart. Please try again.";
  return { ok: false, error: message, fieldErrors: { _form: message } };
}

/** Validates action input with the command's schema: a bad value becomes a field error. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input instanceof FormData ? Object.fromEntries(input) : input);
  if (!result.success) throw CartError.fromZod(result.error);
  return result.data;
}
