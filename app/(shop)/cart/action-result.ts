// What the cart actions answer: the cart after the change, or a message and the field it
// belongs to. Plain data, so client components can show it without knowing CartError.
import type { z } from "zod";
import { CartError, type CartActionResult } from "@/lib/cart";
import { actionFailure } from "@/lib/errors";
import { currentLogger } from "@/lib/logger";

export type { CartActionResult };

/** Turns a thrown error into a result: CartErrors (any AppError) as they are, anything else generically. */
export function failure(error: unknown): CartActionResult {
  return actionFailure(error, {
    fallback: "Something went wrong updating your cart. Please try again.",
    log: (err) => currentLogger().error({ err }, "cart action failed"),
  });
}

/** Validates action input with the command's schema: a bad value becomes a field error. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input instanceof FormData ? Object.fromEntries(input) : input);
  if (!result.success) throw CartError.fromZod(result.error);
  return result.data;
}
