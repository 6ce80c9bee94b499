// How event handlers expire cache tags. revalidateTag only works inside a Next.js request: it
// records the tags on that request's store and applies them when the request ends. The outbox
// dispatcher runs outside any request (the web server's background loop, `npm run worker`, a
// timer left behind by a server action), so handlers ask the web server over HTTP instead:
// POST /api/cache/revalidate runs revalidateTag(tag, { expire: 0 }) in a request of its own.
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { env } from "@/lib/env";
// The logger file, not lib/observability's index: that index reaches server-only modules, and
// this file also runs in `npm run worker` (plain Node).
import { childLogger } from "@/lib/logger";
import { invalidateMemoryCache } from "./cached";
import { revalidationSecret } from "./secret";

export type InvalidateTags = (tags: readonly string[]) => Promise<void>;

const log = childLogger({ component: "cache" });
const TIMEOUT_MS = 5000;
/**
 * A render that read the old row before the commit can store its result after our first
 * invalidation; expiring the tags once more a few seconds later bounds that window.
 */
const ECHO_MS = 3000;

function revalidateUrl(): URL {
  const config = env();
  // In the web server, call ourselves on loopback; elsewhere (a worker) the public address.
  const base = process.env.NEXT_RUNTIME && !config.VERCEL ? undefined : config.SITE_URL;
  return new URL("/api/cache/revalidate", base ?? `http://127.0.0.1:${config.PORT}`);
}

function post(url: URL, body: string): Promise<number> {
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    // node:http, not fetch: Next.js patches fetch and would tie this call to whichever request
    // context the dispatcher's timer happened to inherit.
    const req = send(url, {
      method: "POST",
      timeout: TIMEOUT_MS,
      // A fresh connection each time: a pooled socket to a server that restarted would fail.
      agent: false,
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${revalidationSecret()}`,
        "content-length": Buffer.byteLength(body),
      },
    });
    req.on("response", (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("timeout", () =>
      req.destroy(new Error(`no answer from ${url.origin} within ${TIMEOUT_MS} ms`)),
    );
    req.on("error", reject);
    req.end(body);
  });
}

async function notifyServer(tags: readonly string[]): Promise<void> {
  const url = revalidateUrl();
  let status: number;
  try {
    status = await post(url, JSON.stringify({ tags }));
  } catch (error) {
    // No server listening: its cache is memory-only, so nothing stale survives there.
    if ((error as NodeJS.ErrnoException).code === "ECONNREFUSED") return;
    throw error;
  }
  if (status >= 200 && status < 300) return;
  // A wrong secret or a missing route will not heal by retrying: say so loudly, do not block
  // the other handlers of this event behind endless retries.
  if (status === 401 || status === 404) {
    log.error(
      { status, url: url.origin, tags },
      "cache revalidation refused: do the web server and the worker share AUTH_SECRET?",
    );
    return;
  }
  throw new Error(`cache revalidation failed with HTTP ${status}`);
}

/** The default invalidator: this process's memory cache, then the web server's data cache. */
export const invalidateTags: InvalidateTags = async (tags) => {
  if (tags.length === 0) return;
  invalidateMemoryCache(tags);
  await notifyServer(tags);
  const echo = setTimeout(() => {
    notifyServer(tags).catch((error: unknown) =>
      log.warn({ err: error, tags }, "cache revalidation echo failed"),
    );
  }, ECHO_MS);
  echo.unref();
};
