// One-time tickets the server issues to itself. A sign-in ticket: after our own sign-in code has
// checked a password (with its rate limits), it hands Auth.js a ticket instead of the password,
// and the credentials provider redeems it. A session-refresh ticket: after a password change,
// the server re-stamps its own session through Auth.js's update, which anyone can also reach
// with POST /api/auth/session; only a ticket proves the server asked. Tickets never leave the
// server (Auth.js runs in-process), expire within a minute, are signed with AUTH_SECRET under
// their purpose, name one user and work once.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { authSecret } from "./secret";

const TTL_MS = 60_000;

type Purpose = "sign-in-ticket" | "session-refresh-ticket";
type Holder = typeof globalThis & { __cartwrightUsedTickets?: Map<string, number> };
const used = ((globalThis as Holder).__cartwrightUsedTickets ??= new Map<string, number>());

function sign(purpose: Purpose, payload: string): string {
  return createHmac("sha256", authSecret()).update(`${purpose}:${payload}`).digest("base64url");
}

function issue(purpose: Purpose, userId: string, now: number): string {
  const payload = `${userId}.${now + TTL_MS}.${randomBytes(12).toString("base64url")}`;
  return `${payload}.${sign(purpose, payload)}`;
}

function redeem(purpose: Purpose, ticket: string, now: number): string | null {
  const parts = ticket.split(".");
  if (parts.length !== 4) return null;
  const [userId, expires, nonce, signature] = parts as [string, string, string, string];
  const payload = `${userId}.${expires}.${nonce}`;
  const expected = Buffer.from(sign(purpose, payload));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (!(Number(expires) > now) || used.has(nonce)) return null;
  for (const [key, until] of used) if (until <= now) used.delete(key);
  used.set(nonce, Number(expires));
  return userId;
}

export function issueSignInTicket(userId: string, now = Date.now()): string {
  return issue("sign-in-ticket", userId, now);
}

/** The user id of a valid, unexpired, unused sign-in ticket; null otherwise. */
export function redeemSignInTicket(ticket: string, now = Date.now()): string | null {
  return redeem("sign-in-ticket", ticket, now);
}

export function issueSessionRefreshTicket(userId: string, now = Date.now()): string {
  return issue("session-refresh-ticket", userId, now);
}

/** True once for a valid, unexpired refresh ticket issued for `userId`. */
export function redeemSessionRefreshTicket(
  ticket: unknown,
  userId: string,
  now = Date.now(),
): boolean {
  // A ticket for another user is not consumed: its owner's refresh must still work.
  if (typeof ticket !== "string" || ticket.split(".")[0] !== userId) return false;
  return redeem("session-refresh-ticket", ticket, now) === userId;
}
