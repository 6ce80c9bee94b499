// The process-wide Redis store when REDIS_URL is set, connected on first use; null otherwise.
import { env } from "@/lib/env";
import { RedisStore } from "./redis-store";

type Holder = typeof globalThis & { __cartwrightRateLimitStore?: Promise<RedisStore | null> };
const holder = globalThis as Holder;

async function connect(url: string): Promise<RedisStore> {
  const { Redis } = await import("ioredis");
  // Fail fast: a slow limiter must not hold up sign-in; the limiter falls back to memory.
  const redis = new Redis(url, {
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    enableOfflineQueue: true,
  });
  return new RedisStore(redis);
}

export function sharedStore(): Promise<RedisStore | null> {
  holder.__cartwrightRateLimitStore ??= (async () => {
    const url = env().REDIS_URL;
    return url ? connect(url) : null;
  })();
  return holder.__cartwrightRateLimitStore;
}
