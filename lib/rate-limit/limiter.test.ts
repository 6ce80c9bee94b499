// The sliding-window limiter on both stores: Redis only when REDIS_URL is set.
import { afterAll, describe, expect, it } from "vitest";
import { MemoryStore, RateLimiter, RedisStore, type RateLimitStore } from "@/lib/rate-limit";
import { waitMs, windowPosition } from "./window";

const redisUrl = process.env.REDIS_URL;
const stores: Array<[string, () => Promise<RateLimitStore>]> = [
  ["memory", async () => new MemoryStore()],
];
const closers: Array<() => Promise<unknown>> = [];
if (redisUrl) {
  stores.push([
    "redis",
    async () => {
      const { Redis } = await import("ioredis");
      const redis = new Redis(redisUrl);
      closers.push(() => redis.quit());
      return new RedisStore(redis);
    },
  ]);
} else {
  console.info(
    "[rate-limit] REDIS_URL is not set: the Redis store tests are skipped (memory store tested).",
  );
}
afterAll(async () => {
  for (const close of closers) await close();
});

function clock(start = 1_000_000_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

// Each test uses its own rule name, so runs against one Redis never share counters.
const unique = (name: string) => `${name}-${process.pid}-${Math.random().toString(36).slice(2)}`;

describe.each(stores)("RateLimiter on the %s store", (_name, makeStore) => {
  it("allows up to the limit, refuses the next hit with a Retry-After, and allows again after it", async () => {
    const time = clock();
    const limiter = new RateLimiter(
      { name: unique("basic"), limit: 5, windowMs: 60_000 },
      { store: await makeStore(), now: time.now },
    );
    for (let i = 0; i < 5; i++) expect((await limiter.consume("alice")).allowed).toBe(true);
    const refused = await limiter.consume("alice");
    expect(refused).toMatchObject({ allowed: false, remaining: 0 });
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(120);
    // Another key is unaffected.
    expect((await limiter.consume("bob")).allowed).toBe(true);
    // Just before the announced time: still refused. At it: allowed.
    time.advance(refused.retryAfterSeconds * 1000 - 1500);
    expect((await limiter.consume("alice")).allowed).toBe(false);
    time.advance(1500);
    expect((await limiter.consume("alice")).allowed).toBe(true);
  });

  it("does not count refused hits, so hammering does not extend the wait", async () => {
    const time = clock();
    const limiter = new RateLimiter(
      { name: unique("hammer"), limit: 3, windowMs: 10_000 },
      { store: await makeStore(), now: time.now },
    );
    for (let i = 0; i < 3; i++) await limiter.consume("k");
    const first = await limiter.consume("k");
    for (let i = 0; i < 50; i++) await limiter.consume("k");
    const later = await limiter.consume("k");
    expect(later.retryAfterSeconds).toBe(first.retryAfterSeconds);
    time.advance(first.retryAfterSeconds * 1000);
    expect((await limiter.consume("k")).allowed).toBe(true);
  });

  it("peek reports without counting, and reset forgets the key", async () => {
    const time = clock();
    const limiter = new RateLimiter(
      { name: unique("peek"), limit: 2, windowMs: 10_000 },
      { store: await makeStore(), now: time.now },
    );
    expect(await limiter.peek("k")).toMatchObject({ allowed: true, remaining: 2 });
    await limiter.consume("k");
    await limiter.consume("k");
    expect((await limiter.peek("k")).allowed).toBe(false);
    await limiter.reset("k");
    expect(await limiter.peek("k")).toMatchObject({ allowed: true, remaining: 2 });
  });

  it("lets exactly `limit` of many concurrent hits through", async () => {
    const limiter = new RateLimiter(
      { name: unique("race"), limit: 7, windowMs: 60_000 },
      { store: await makeStore() },
    );
    const decisions = await Promise.all(Array.from({ length: 40 }, () => limiter.consume("same")));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(7);
  });

  it("slides: the previous window still counts in part, with no burst at the boundary", async () => {
    const time = clock(0);
    const limiter = new RateLimiter(
      { name: unique("slide"), limit: 10, windowMs: 10_000 },
      { store: await makeStore(), now: time.now },
    );
    time.advance(9_000);
    for (let i = 0; i < 10; i++) expect((await limiter.consume("k")).allowed).toBe(true);
    // 1 s later a new fixed window starts, but 90 % of the previous one is still in view.
    time.advance(1_000);
    expect((await limiter.consume("k")).allowed).toBe(false);
    time.advance(5_000);
    // Half the previous window remains in view: its 10 hits weigh 5, so 5 more fit.
    let allowed = 0;
    for (let i = 0; i < 10; i++) if ((await limiter.consume("k")).allowed) allowed++;
    expect(allowed).toBe(5);
  });
});

describe("waitMs", () => {
  it("is exact: one millisecond earlier still does not fit", () => {
    const windowMs = 10_000;
    for (const [current, previous, at] of [
      [10, 0, 3_000],
      [4, 12, 2_500],
      [9, 9, 9_999],
      [1, 40, 100],
    ] as const) {
      const position = windowPosition(at, windowMs);
      const wait = waitMs({ current, previous }, position, 10);
      expect(wait).toBeGreaterThan(0);
      // Re-derive the counts at the later instant, as a store would see them.
      const later = (ms: number) => {
        const p = windowPosition(at + ms, windowMs);
        const counts =
          p.index === position.index
            ? { current, previous }
            : p.index === position.index + 1
              ? { current: 0, previous: current }
              : { current: 0, previous: 0 };
        return waitMs(counts, p, 10);
      };
      expect(later(wait)).toBe(0);
      expect(later(wait - 2)).toBeGreaterThan(0);
    }
  });
});
