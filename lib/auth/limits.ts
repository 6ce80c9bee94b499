// The rate limits on account endpoints, each per IP and per account (the email given, whether
// or not it has an account, so a refusal reveals nothing). Tests install limiters with their
// own store, clock or windows through `setAuthLimits`.
import { RateLimiter, type RateLimitRule, type RateLimiterOptions } from "@/lib/rate-limit";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const AUTH_LIMIT_RULES = {
  // 10 tries per account per 15 minutes: a forgetful shopper never meets it, a guesser does.
  signInAccount: { name: "sign-in:account", limit: 10, windowMs: 15 * MINUTE },
  signInIp: { name: "sign-in:ip", limit: 50, windowMs: 15 * MINUTE },
  signUpIp: { name: "sign-up:ip", limit: 10, windowMs: HOUR },
  signUpAccount: { name: "sign-up:account", limit: 5, windowMs: HOUR },
  resetIp: { name: "reset:ip", limit: 10, windowMs: HOUR },
  resetAccount: { name: "reset:account", limit: 3, windowMs: HOUR },
  // Submitting a reset or verification token: guessing 256 bits is hopeless, but stay cheap.
  tokenIp: { name: "token:ip", limit: 30, windowMs: 15 * MINUTE },
  // Email and password changes by a signed-in user (each sends mail).
  profileAccount: { name: "profile:account", limit: 10, windowMs: HOUR },
} satisfies Record<string, RateLimitRule>;

export type AuthLimits = { [K in keyof typeof AUTH_LIMIT_RULES]: RateLimiter };

export function buildAuthLimits(
  options: RateLimiterOptions = {},
  rules: Partial<Record<keyof AuthLimits, RateLimitRule>> = {},
): AuthLimits {
  const all = { ...AUTH_LIMIT_RULES, ...rules };
  return Object.fromEntries(
    Object.entries(all).map(([key, rule]) => [key, new RateLimiter(rule, options)]),
  ) as AuthLimits;
}

type Holder = typeof globalThis & { __cartwrightAuthLimits?: AuthLimits };
const holder = globalThis as Holder;

export function authLimits(): AuthLimits {
  holder.__cartwrightAuthLimits ??= buildAuthLimits();
  return holder.__cartwrightAuthLimits;
}

/** Replaces the limiters (tests); null restores the defaults. */
export function setAuthLimits(limits: AuthLimits | null): void {
  holder.__cartwrightAuthLimits = limits ?? undefined;
}

/** Email as a limit key: trimmed and lower-cased, so "A@x.com " and "a@x.com" share a counter. */
export const accountKey = (email: string) => email.trim().toLowerCase();
