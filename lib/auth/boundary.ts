// Everything the account code needs from the web framework, behind one small interface: the
// session claims, the request headers, starting and ending a session, and work to run after
// the response. In the app it is Next.js + Auth.js (next-boundary.ts); tests run code inside
// `runWithBoundary(fake, …)` and call pages, actions and route handlers directly, without
// mocking Next internals.
import { AsyncLocalStorage } from "node:async_hooks";

/**
 * What a signed-in request carries: the user id, the credential stamp it was issued with, and
 * when its user signed in (Unix seconds; absent on sessions made before it was recorded).
 */
export interface SessionClaims {
  userId: string;
  stamp: string | null;
  signedInAt?: number | null;
}

export interface RequestBoundary {
  claims(): Promise<SessionClaims | null>;
  headers(): Promise<Headers>;
  /** Signs `userId` in (a session cookie) and redirects to `redirectTo`. */
  startSession(userId: string, redirectTo: string): Promise<never>;
  /** Signs out and redirects to `redirectTo`. */
  endSession(redirectTo: string): Promise<never>;
  /** Re-issues the current session of `userId` (after a password change, with the new stamp). */
  refreshSession(userId: string): Promise<void>;
  /** Runs `task` after the response is sent (mail), so timing reveals nothing about accounts. */
  defer(task: () => Promise<unknown>): void;
}

const storage = new AsyncLocalStorage<RequestBoundary>();

export function runWithBoundary<T>(boundary: RequestBoundary, work: () => T): T {
  return storage.run(boundary, work);
}

let nextBoundary: Promise<RequestBoundary> | undefined;

/** The boundary of the current call: a test's, else the Next.js one (loaded on first use). */
export async function boundary(): Promise<RequestBoundary> {
  const injected = storage.getStore();
  if (injected) return injected;
  nextBoundary ??= import("./next-boundary").then((m) => m.nextBoundary);
  return nextBoundary;
}
