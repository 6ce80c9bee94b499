// Cached reads, tagged for invalidation. Inside Next.js the entries live in its data cache
// (unstable_cache, memory-only: see next.config.js isrFlushToDisk), and the tags are expired by
// /api/cache/revalidate. Elsewhere (Vitest, scripts) a small in-process store with the same
// behaviour stands in, so the invalidation path can be tested without a Next.js server.
import { unstable_cache } from "next/cache";

export interface CachedReadOptions<A extends unknown[]> {
  /** Names the read in cache keys; bump its version suffix when the result's shape changes. */
  key: string;
  /** Tags from lib/cache/tags.ts, computed from the arguments before the read runs. */
  tags: (...args: A) => string[];
  /** A safety net only: tags expire entries as soon as the change is processed. */
  revalidateSeconds: number;
}

interface MemoryEntry {
  json: string;
  tags: readonly string[];
  expiresAt: number;
}

/** Bounded, so arbitrary filter combinations cannot grow it without limit. */
const MAX_MEMORY_ENTRIES = 2000;
const holder = globalThis as typeof globalThis & {
  __cartwrightMemoryCache?: Map<string, MemoryEntry>;
};
const memory = (holder.__cartwrightMemoryCache ??= new Map<string, MemoryEntry>());

// Next.js inlines NEXT_RUNTIME into the server bundle; it is unset under Vitest and tsx.
const insideNext = () => Boolean(process.env.NEXT_RUNTIME);

async function readThroughMemory<R>(
  key: string,
  tags: string[],
  ttlSeconds: number,
  load: () => Promise<R>,
): Promise<R> {
  const hit = memory.get(key);
  if (hit && hit.expiresAt > Date.now()) return JSON.parse(hit.json) as R;
  const value = await load();
  // A JSON round trip, like Next.js's data cache: a Date or bigint in a result shows up here too.
  const json = JSON.stringify(value);
  memory.delete(key);
  memory.set(key, { json, tags, expiresAt: Date.now() + ttlSeconds * 1000 });
  if (memory.size > MAX_MEMORY_ENTRIES) memory.delete(memory.keys().next().value ?? "");
  return JSON.parse(json) as R;
}

/** Wraps a read so its results are cached under the read's key and arguments, tagged. */
export function cachedRead<A extends unknown[], R>(
  read: (...args: A) => Promise<R>,
  options: CachedReadOptions<A>,
): (...args: A) => Promise<R> {
  return async (...args: A) => {
    const tags = options.tags(...args);
    if (insideNext()) {
      // Created per call because the tags depend on the arguments; the key is key + arguments.
      return unstable_cache(read, [options.key], { tags, revalidate: options.revalidateSeconds })(
        ...args,
      );
    }
    return readThroughMemory(
      `${options.key}:${JSON.stringify(args)}`,
      tags,
      options.revalidateSeconds,
      () => read(...args),
    );
  };
}

/** Drops the in-process entries carrying any of `tags` (outside Next.js; see invalidate.ts). */
export function invalidateMemoryCache(tags: readonly string[]): number {
  const wanted = new Set(tags);
  let dropped = 0;
  for (const [key, entry] of memory) {
    if (entry.tags.some((tag) => wanted.has(tag))) {
      memory.delete(key);
      dropped += 1;
    }
  }
  return dropped;
}

export function clearMemoryCache(): void {
  memory.clear();
}
