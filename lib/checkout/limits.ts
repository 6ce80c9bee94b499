// Per-client rate limits of checkout (lib/rate-limit's limiter: in memory, or Redis when
// REDIS_URL is set): placing orders, which holds stock, and quoting, which reads discount codes.
// Each throws CheckoutError("rate_limited", 429) with a message saying how long to wait.
import { describeWait, RateLimiter, type RateLimitRule } from "@/lib/rate-limit";
import { CheckoutError } from "./errors";

/** Order placements per client (IP): generous for a shopper, a wall for a script. */
export const PLACEMENT_LIMIT: RateLimitRule = {
  name: "checkout:place:client",
  limit: 10,
  windowMs: 10 * 60_000,
};
/** Quotes (country, shipping, discount code changes) per client (IP). */
export const QUOTE_LIMIT: RateLimitRule = {
  name: "checkout:quote:client",
  limit: 60,
  windowMs: 60_000,
};

const placements = new RateLimiter(PLACEMENT_LIMIT);
const quotes = new RateLimiter(QUOTE_LIMIT);

async function consume(limiter: RateLimiter, ip: string, what: string): Promise<void> {
  const decision = await limiter.consume(ip);
  if (decision.allowed) return;
  throw new CheckoutError(
    "rate_limited",
    `Too many ${what}. Please wait ${describeWait(decision.retryAfterSeconds)} and try again.`,
  );
}

/** Counts one order placement for the client at `ip`. */
export async function limitPlacement(ip: string): Promise<void> {
  await consume(placements, ip, "checkout attempts");
}

/** Counts one quote for the client at `ip` (the checkout page's re-pricing). */
export async function limitQuote(ip: string): Promise<void> {
  await consume(quotes, ip, "price checks");
}
