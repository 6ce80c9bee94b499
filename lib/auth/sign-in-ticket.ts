// Sign-in tickets: after our own sign-in code has checked a password (with its rate limits), it
// hands Auth.js a ticket instead of the password, and the credentials provider redeems it. The
// ticket never leaves the server (Auth.js's signIn runs in-process), expires within a minute,
// is signed with AUTH_SECRET and works once.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { authSecret } from "./secret";

const TTL_MS = 60_000;

type Holder = typeof globalThis & { __cartwrightUsedTickets?: Map<string, number> };
const used = ((globalThis as Holder).__cartwrightUsedTickets ??= new Map<string, number>());

function sign(payload: string): string {
  return createHmac("sha256", authSecret()).update(`sign-in-ticket:${payload}`).digest("base64url");
}

export function issueSignInTicket(userId: string, now = Date.now()): string {
  const payload = `${userId}.${now + TTL_MS}.${randomBytes(12).toString("base64url")}`;
  return `${payload}.${sign(payload)}`;
}

/** The user id of a valid, unexpired, unused ticket; null otherwise. */
export function redeemSignInTicket(ticket: string, now = Date.now()): string | null {
  const parts = ticket.split(".");
  if (parts.length !== 4) return null;
  const [userId, expires, nonce, signature] = parts as [string, string, string, string];
  const payload = `${userId}.${expires}.${nonce}`;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (!(Number(expires) > now) || used.has(nonce)) return null;
  for (const [key, until] of used) if (until <= now) used.delete(key);
  used.set(nonce, Number(expires));
  return userId;
}
