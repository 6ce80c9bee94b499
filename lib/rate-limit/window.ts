// The sliding-window-counter arithmetic, shared by both stores. Each key keeps one counter per
// fixed window; a hit is allowed when the previous window's count, weighted by how much of it
// still overlaps the sliding window, plus the current count, stays within the limit. Two
// integers per key whatever the traffic, and no burst of 2× the limit at a window boundary.

export interface WindowCounts {
  /** Hits counted in the current fixed window. */
  current: number;
  /** Hits counted in the fixed window before it. */
  previous: number;
}

export interface WindowPosition {
  windowMs: number;
  /** Index of the fixed window `now` falls in. */
  index: number;
  /** Milliseconds since that window started. */
  elapsedMs: number;
  /** Share of the previous window still inside the sliding window (1 at the start, → 0). */
  previousWeight: number;
}

export function windowPosition(now: number, windowMs: number): WindowPosition {
  const index = Math.floor(now / windowMs);
  const elapsedMs = now - index * windowMs;
  return { windowMs, index, elapsedMs, previousWeight: (windowMs - elapsedMs) / windowMs };
}

/** The sliding estimate of hits in the last `windowMs`. */
export function estimate(counts: WindowCounts, position: WindowPosition): number {
  return counts.previous * position.previousWeight + counts.current;
}

/** Whether one more hit fits under `limit`. */
export function fits(counts: WindowCounts, position: WindowPosition, limit: number): boolean {
  return estimate(counts, position) + 1 <= limit;
}

/**
 * Milliseconds until one more hit would fit, given counts that do not fit now (0 if they do).
 * Blocked hits are not counted, so this wait is exact: retrying after it succeeds.
 */
export function waitMs(counts: WindowCounts, position: WindowPosition, limit: number): number {
  const { windowMs } = position;
  if (fits(counts, position, limit)) return 0;
  const { current, previous } = counts;
  if (current + 1 > limit) {
    // The current window alone is full: wait for the next one, where today's count becomes the
    // weighted "previous" and must decay until current·(1 − t/w) + 1 ≤ limit.
    const untilNext = windowMs - position.elapsedMs;
    const decay = Math.max(0, windowMs * (1 - (limit - 1) / current));
    return Math.ceil(untilNext + decay);
  }
  // Only the previous window's share is in the way: wait until it decays enough.
  const allowedShare = (limit - 1 - current) / previous;
  return Math.max(1, Math.ceil(windowMs - position.elapsedMs - windowMs * allowedShare));
}
