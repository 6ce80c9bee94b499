// Counters in Redis (REDIS_URL), shared by every instance. One Lua script reads both windows,
// decides and increments atomically; keys expire two windows after their own starts.
import type { Redis } from "ioredis";
import type { RateLimitStore } from "./store";
import type { WindowCounts, WindowPosition } from "./window";

// KEYS: current window, previous window. ARGV: limit, previous weight, ttl (ms).
const CONSUME = `
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
local previous = tonumber(redis.call('GET', KEYS[2]) or '0')
if previous * tonumber(ARGV[2]) + current + 1 > tonumber(ARGV[1]) then
  return {0, current, previous}
end
current = redis.call('INCR', KEYS[1])
if current == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[3]) end
return {1, current, previous}
`;

function windowKeys(key: string, position: WindowPosition): [string, string] {
  return [`${key}:${position.index}`, `${key}:${position.index - 1}`];
}

export class RedisStore implements RateLimitStore {
  constructor(private readonly redis: Redis) {}

  async consume(
    key: string,
    position: WindowPosition,
    limit: number,
  ): Promise<{ allowed: boolean; counts: WindowCounts }> {
    const [current, previous] = windowKeys(key, position);
    const reply = (await this.redis.eval(
      CONSUME,
      2,
      current,
      previous,
      limit,
      position.previousWeight,
      position.windowMs * 2,
    )) as number[];
    return {
      allowed: reply[0] === 1,
      counts: { current: Number(reply[1]), previous: Number(reply[2]) },
    };
  }

  async peek(key: string, position: WindowPosition): Promise<WindowCounts> {
    const [current, previous] = await this.redis.mget(...windowKeys(key, position));
    return { current: Number(current ?? 0), previous: Number(previous ?? 0) };
  }

  async reset(key: string, position: WindowPosition): Promise<void> {
    await this.redis.del(...windowKeys(key, position));
  }
}
