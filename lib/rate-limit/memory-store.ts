// Counters in this process's memory: the default, right for one server. Several instances
// each count on their own, so set REDIS_URL to share limits across them.
import type { RateLimitStore } from "./store";
import { fits, type WindowCounts, type WindowPosition } from "./window";

interface Entry {
  index: number;
  current: number;
  previous: number;
}

// Above this many keys, entries whose windows have both passed are swept on the next hit.
const SWEEP_ABOVE = 10_000;

export class MemoryStore implements RateLimitStore {
  private readonly entries = new Map<string, Entry>();

  private counts(key: string, index: number): WindowCounts {
    const entry = this.entries.get(key);
    if (!entry) return { current: 0, previous: 0 };
    if (entry.index === index) return { current: entry.current, previous: entry.previous };
    if (entry.index === index - 1) return { current: 0, previous: entry.current };
    return { current: 0, previous: 0 };
  }

  async consume(
    key: string,
    position: WindowPosition,
    limit: number,
  ): Promise<{ allowed: boolean; counts: WindowCounts }> {
    const counts = this.counts(key, position.index);
    if (!fits(counts, position, limit)) return { allowed: false, counts };
    const next = { current: counts.current + 1, previous: counts.previous };
    this.entries.set(key, { index: position.index, ...next });
    if (this.entries.size > SWEEP_ABOVE) this.sweep(position.index);
    return { allowed: true, counts: next };
  }

  async peek(key: string, position: WindowPosition): Promise<WindowCounts> {
    return this.counts(key, position.index);
  }

  async reset(key: string, _position?: WindowPosition): Promise<void> {
    this.entries.delete(key);
  }

  private sweep(index: number): void {
    for (const [key, entry] of this.entries) {
      if (entry.index < index - 1) this.entries.delete(key);
    }
  }
}
