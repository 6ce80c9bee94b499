// The HTTP face of a refusal: 429 with Retry-After, in the API's error shape.
import type { RateLimitDecision } from "./limiter";

export function tooManyRequests(
  decision: RateLimitDecision,
  message = "Too many attempts. Please wait and try again.",
): Response {
  const retryAfter = Math.max(1, decision.retryAfterSeconds);
  return Response.json(
    { error: { code: "rate_limited", message, retryAfter } },
    { status: 429, headers: { "retry-after": String(retryAfter), "cache-control": "no-store" } },
  );
}

/** "a minute", "5 minutes": for messages shown to people. */
export function describeWait(seconds: number): string {
  if (seconds <= 60) return "a minute";
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.ceil(minutes / 60);
  return hours === 1 ? "an hour" : `${hours} hours`;
}
