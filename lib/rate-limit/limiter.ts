// A named limit ("10 sign-in attempts per account per 15 minutes") over a store. Keys are
// hashed before they reach the store, so emails and IPs never sit in Redis in clear.
import { createHash } from "node:crypto";
import { currentLogger } from "@/lib/logger";
import { MemoryStore } from "./memory-store";
import type { RateLimitStore } from "./store";
import { sharedStore } from "./shared-store";
import { estimate, waitMs, windowPosition } from "./window";

export interface RateLimitRule {
  /** Names the counter family, e.g. "sign-in:account"; part of every key. */
  name: string;
  limit: number;
  windowMs: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  /** Hits left in the sliding window after this one (0 when refused). */
  remaining: number;
  /** Whole seconds until a hit would be allowed again; 0 when allowed. */
  retryAfterSeconds: number;
}

export interface RateLimiterOptions {
  /** Defaults to Redis when REDIS_URL is set, else this process's memory. */
  store?: RateLimitStore;
  /** Milliseconds since the epoch; tests inject a clock. */
  now?: () => number;
}

// The in-memory counters, also used when Redis fails (limits then hold per instance rather
// than not at all). On globalThis: every bundle that imports this module counts in one place.
const memoryHolder = globalThis as typeof globalThis & {
  __cartwrightRateLimitMemory?: MemoryStore;
};
const fallback = (memoryHolder.__cartwrightRateLimitMemory ??= new MemoryStore());

export class RateLimiter {
  private readonly now: () => number;

  constructor(
    readonly rule: RateLimitRule,
    private readonly options: RateLimiterOptions = {},
  ) {
    if (!Number.isInteger(rule.limit) || rule.limit < 1)
      throw new Error(`rate limit ${rule.name}: limit must be a positive integer`);
    if (!(rule.windowMs > 0)) throw new Error(`rate limit ${rule.name}: windowMs must be positive`);
    this.now = options.now ?? Date.now;
  }

  private key(subject: string): string {
    const digest = createHash("sha256")
      .update(subject.toLowerCase())
      .digest("base64url")
      .slice(0, 32);
    return `rl:${this.rule.name}:${digest}`;
  }

  private async store(): Promise<RateLimitStore> {
    return this.options.store ?? (await sharedStore()) ?? fallback;
  }

  private async run<T>(work: (store: RateLimitStore) => Promise<T>): Promise<T> {
    const store = await this.store();
    try {
      return await work(store);
    } catch (error) {
      if (store === fallback) throw error;
      currentLogger().error(
        { err: error, limit: this.rule.name },
        "rate limit store failed: counting in memory",
      );
      return work(fallback);
    }
  }

  /** Counts one hit for `subject` when it fits; a refused hit is not counted. */
  async consume(subject: string): Promise<RateLimitDecision> {
    const position = windowPosition(this.now(), this.rule.windowMs);
    const { allowed, counts } = await this.run((store) =>
      store.consume(this.key(subject), position, this.rule.limit),
    );
    const remaining = Math.max(0, Math.floor(this.rule.limit - estimate(counts, position)));
    const wait = allowed ? 0 : waitMs(counts, position, this.rule.limit);
    return {
      allowed,
      limit: this.rule.limit,
      remaining: allowed ? remaining : 0,
      retryAfterSeconds: Math.ceil(wait / 1000),
    };
  }

  /** What `consume` would decide, without counting. */
  async peek(subject: string): Promise<RateLimitDecision> {
    const position = windowPosition(this.now(), this.rule.windowMs);
    const counts = await this.run((store) => store.peek(this.key(subject), position));
    const wait = waitMs(counts, position, this.rule.limit);
    const remaining = Math.max(0, Math.floor(this.rule.limit - estimate(counts, position)));
    return {
      allowed: wait === 0,
      limit: this.rule.limit,
      remaining,
      retryAfterSeconds: Math.ceil(wait / 1000),
    };
  }

  /** Clears `subject`'s counters. */
  async reset(subject: string): Promise<void> {
    const position = windowPosition(this.now(), this.rule.windowMs);
    await this.run((store) => store.reset(this.key(subject), position));
  }
}

/** The first refusal among several decisions, else the first decision (all allowed). */
export function mostRestrictive(decisions: RateLimitDecision[]): RateLimitDecision {
  const refused = decisions
    .filter((d) => !d.allowed)
    .sort((a, b) => b.retryAfterSeconds - a.retryAfterSeconds);
  const first = refused[0] ?? decisions[0];
  if (!first) throw new Error("mostRestrictive needs at least one decision");
  return first;
}
