// Test helpers: act as any user (or nobody) through a fake request boundary, make users, and
// read what a page or action did (value, redirect, 404, error) without a running server.
// Imported by tests only.
import { redirect } from "next/navigation";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { RequestBoundary, SessionClaims } from "./boundary";
import { runWithBoundary } from "./boundary";
import { hashPassword } from "./password";
import type { Role } from "./roles";
import { credentialStamp } from "./session";

// Tickets only the server makes, for tests that play the server's part against Auth.js.
export { issueSessionRefreshTicket, issueSignInTicket } from "./sign-in-ticket";

export interface TestBoundary extends RequestBoundary {
  started: Array<{ userId: string; redirectTo: string }>;
  ended: string[];
  refreshed: number;
  /** Waits for deferred work (mail) to finish. */
  settle(): Promise<void>;
}

export function testBoundary(
  options: { claims?: SessionClaims | null; headers?: HeadersInit } = {},
): TestBoundary {
  const deferred: Array<Promise<unknown>> = [];
  const state: TestBoundary = {
    started: [],
    ended: [],
    refreshed: 0,
    claims: async () => options.claims ?? null,
    headers: async () =>
      new Headers(options.headers ?? { "x-forwarded-for": "203.0.113.1", host: "shop.test" }),
    async startSession(userId, redirectTo) {
      state.started.push({ userId, redirectTo });
      redirect(redirectTo);
    },
    async endSession(redirectTo) {
      state.ended.push(redirectTo);
      redirect(redirectTo);
    },
    async refreshSession() {
      state.refreshed++;
    },
    defer(task) {
      deferred.push(task());
    },
    async settle() {
      await Promise.all(deferred.splice(0));
    },
  };
  return state;
}

/** The claims a real session for `userId` would carry right now (signed in `signedInAt`, default now). */
export async function claimsFor(
  userId: string,
  signedInAt = Math.floor(Date.now() / 1000),
): Promise<SessionClaims> {
  const user = await (
    await db()
  ).user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  return { userId, stamp: credentialStamp(user.passwordHash), signedInAt };
}

/** Runs `work` as `userId` (null: signed out), waiting for its deferred work before returning. */
export async function asUser<T>(
  userId: string | null,
  work: () => Promise<T>,
  headers?: HeadersInit,
): Promise<T> {
  const boundary = testBoundary({ claims: userId ? await claimsFor(userId) : null, headers });
  try {
    return await runWithBoundary(boundary, work);
  } finally {
    await boundary.settle();
  }
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
}

export async function makeUser(
  options: {
    email?: string;
    role?: Role;
    password?: string | null;
    name?: string;
    verified?: boolean;
  } = {},
): Promise<TestUser> {
  const id = randomUUID();
  const email = options.email ?? `user-${id.slice(0, 8)}@example.com`;
  const password = options.password === undefined ? "a sturdy passphrase" : options.password;
  await (
    await db()
  ).user.create({
    data: {
      id,
      email,
      name: options.name ?? "Test User",
      role: options.role ?? "CUSTOMER",
      passwordHash: password === null ? null : await hashPassword(password),
      emailVerified: options.verified === false ? null : new Date(),
    },
  });
  return { id, email, password: password ?? "" };
}

export type Outcome<T> =
  | { kind: "value"; value: T }
  | { kind: "redirect"; location: string }
  | { kind: "not-found" }
  | { kind: "error"; error: unknown };

/** What calling `work` did: returned, redirected, answered 404, or threw. */
export async function outcome<T>(work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { kind: "value", value: await work() };
  } catch (error) {
    const digest =
      typeof error === "object" && error && "digest" in error ? String(error.digest) : "";
    if (digest.startsWith("NEXT_REDIRECT;"))
      return { kind: "redirect", location: digest.split(";")[2] ?? "" };
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return { kind: "not-found" };
    return { kind: "error", error };
  }
}
