// Rate limits: the public face of lib/rate-limit. Sliding-window counters in memory by default,
// in Redis when REDIS_URL is set.
//   const limiter = new RateLimiter({ name: "search:ip", limit: 60, windowMs: 60_000 });
//   const decision = await limiter.consume(ip);
//   if (!decision.allowed) return tooManyRequests(decision);
export { RateLimiter, mostRestrictive } from "./limiter";
export type { RateLimitDecision, RateLimitRule, RateLimiterOptions } from "./limiter";
export type { RateLimitStore } from "./store";
export { MemoryStore } from "./memory-store";
export { RedisStore } from "./redis-store";
export { describeWait, tooManyRequests } from "./http";
export { clientIp } from "./client-ip";
export { installPeerAddressHeader } from "./peer-address";
