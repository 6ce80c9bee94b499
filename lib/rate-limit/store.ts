// Where rate-limit counters live. Both stores decide and count in one atomic step, so two
// requests racing for the last allowed hit cannot both get it.
import type { WindowCounts, WindowPosition } from "./window";

export interface RateLimitStore {
  /** Counts one hit for `key` if it fits under `limit`; a refused hit is not counted. */
  consume(
    key: string,
    position: WindowPosition,
    limit: number,
  ): Promise<{ allowed: boolean; counts: WindowCounts }>;
  /** The counts for `key` now, without counting anything. */
  peek(key: string, position: WindowPosition): Promise<WindowCounts>;
  /** Forgets `key` (e.g. after a successful sign-in). */
  reset(key: string, position: WindowPosition): Promise<void>;
}
