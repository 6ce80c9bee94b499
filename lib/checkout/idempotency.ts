// The checkout idempotency key: derived from the cart and its version, so every submission of the
// same cart contents (a double click, a retry after a timeout, ten tabs) names the same order.
// When that order was cancelled (not paid in time) a new submission is a new attempt: `:2`, `:3`…
// Because of the key, placing an order may safely be retried: the helpers below decide when.
import { createHash } from "node:crypto";

export const MAX_ATTEMPTS = 20;

export function checkoutKey(cartId: string, cartVersion: number, attempt = 1): string {
  const base = `co_${createHash("sha256").update(`cart:${cartId}:v${cartVersion}`).digest("hex").slice(0, 40)}`;
  return attempt === 1 ? base : `${base}:${attempt}`;
}

/** Prisma's unique-constraint violation (P2002), whichever driver adapter reported it. */
export function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    (error as { code: unknown }).code === "P2002"
  );
}

// Pool exhausted (P2024), transaction not started or expired in time (P2028), write conflict or
// deadlock (P2034): the transaction rolled back, so running it again is safe.
const TRANSIENT = new Set(["P2024", "P2028", "P2034"]);

/** Runs an idempotent transaction again (up to `attempts` times) when it failed for load alone. */
export async function retryTransient<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const code =
        typeof error === "object" && error !== null && "code" in error
          ? (error as { code: unknown }).code
          : undefined;
      if (attempt >= attempts || typeof code !== "string" || !TRANSIENT.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
    }
  }
}
