// A session that a password change signed out stays signed out: Auth.js answers a public
// POST /api/auth/session (with a CSRF token anyone can fetch) by running the jwt callback with
// trigger "update", and only a session-refresh ticket the server issued for that user, once,
// may give the cookie the new credential stamp. Through the real route handler.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";

process.env.AUTH_SECRET = "test-secret-0123456789-0123456789-abcdef";
process.env.AUTH_TRUST_HOST = "true";

const { POST, GET } = await import("@/app/api/auth/[...nextauth]/route");
const { buildAuthLimits, credentialStamp, hashPassword, setAuthLimits } =
  await import("@/lib/auth");
const { issueSessionRefreshTicket, issueSignInTicket, makeUser } =
  await import("@/lib/auth/testing");
const { MemoryStore } = await import("@/lib/rate-limit");
const { db } = await import("@/lib/db");

const ORIGIN = "http://shop.test";
const SESSION_COOKIE = "authjs.session-token";

beforeAll(async () => {
  await db();
  setAuthLimits(buildAuthLimits({ store: new MemoryStore() }));
}, 180_000);

const cookiesOf = (response: Response) =>
  response.headers.getSetCookie().map((c) => c.split(";")[0] ?? "");

async function csrf(): Promise<{ token: string; cookie: string }> {
  const response = await GET(new NextRequest(`${ORIGIN}/api/auth/csrf`), {
    params: Promise.resolve({ nextauth: ["csrf"] }),
  });
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { token: csrfToken, cookie: cookiesOf(response).join("; ") };
}

/** Signs in through the credentials callback and returns the session cookie ("name=value"). */
async function signIn(email: string, password: string): Promise<string> {
  const { token, cookie } = await csrf();
  const response = await POST(
    new NextRequest(`${ORIGIN}/api/auth/callback/credentials`, {
      method: "POST",
      body: new URLSearchParams({ email, password, csrfToken: token, callbackUrl: ORIGIN }),
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie,
        origin: ORIGIN,
        "x-forwarded-for": "198.51.100.9",
      },
    }),
    { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) },
  );
  const session = cookiesOf(response).find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!session) throw new Error(`sign-in failed: ${response.status}`);
  return session;
}

/** What an attacker holding `session` can do: POST /api/auth/session with a fresh CSRF token. */
async function postSessionUpdate(session: string, data: unknown) {
  const { token, cookie } = await csrf();
  const response = await POST(
    new NextRequest(`${ORIGIN}/api/auth/session`, {
      method: "POST",
      body: JSON.stringify({ csrfToken: token, data }),
      headers: {
        "content-type": "application/json",
        cookie: `${cookie}; ${session}`,
        origin: ORIGIN,
      },
    }),
    { params: Promise.resolve({ nextauth: ["session"] }) },
  );
  expect(response.status).toBe(200);
  const body = (await response.json()) as { stamp?: string | null } | null;
  const renewed = cookiesOf(response).find((c) => c.startsWith(`${SESSION_COOKIE}=`)) ?? session;
  return { stamp: body?.stamp ?? null, cookie: renewed };
}

async function stampOf(session: string): Promise<string | null> {
  const response = await GET(
    new NextRequest(`${ORIGIN}/api/auth/session`, { headers: { cookie: session } }),
    { params: Promise.resolve({ nextauth: ["session"] }) },
  );
  const body = (await response.json()) as { stamp?: string | null } | null;
  return body?.stamp ?? null;
}

/** A signed-in user whose password then changed elsewhere: the old cookie is stale. */
async function staleSession() {
  const user = await makeUser({ password: "first sturdy passphrase" });
  const cookie = await signIn(user.email, "first sturdy passphrase");
  const passwordHash = await hashPassword("second sturdy passphrase");
  await (await db()).user.update({ where: { id: user.id }, data: { passwordHash } });
  const current = credentialStamp(passwordHash);
  expect(await stampOf(cookie)).not.toBe(current);
  return { user, cookie, current };
}

describe("POST /api/auth/session cannot revive a signed-out session", () => {
  it("keeps the stale stamp without a ticket, with a forged one, another user's, or a sign-in ticket", async () => {
    const { user, cookie, current } = await staleSession();
    const other = await makeUser();
    const valid = issueSessionRefreshTicket(user.id);
    const [id, expires, nonce] = valid.split(".");
    const attempts: unknown[] = [
      {},
      null,
      { ticket: "" },
      { ticket: `${id}.${expires}.${nonce}.${"A".repeat(43)}` },
      { ticket: `${other.id}.${expires}.${nonce}.${valid.split(".")[3]}` },
      { ticket: issueSessionRefreshTicket(other.id) },
      { ticket: issueSignInTicket(user.id) },
      { ticket: issueSessionRefreshTicket(user.id, Date.now() - 61_000) },
    ];
    for (const data of attempts) {
      const after = await postSessionUpdate(cookie, data);
      expect(after.stamp, JSON.stringify(data)).not.toBe(current);
      expect(await stampOf(after.cookie)).not.toBe(current);
    }
  });

  it("re-stamps once for a server-issued ticket, and a replay of that ticket revives nothing", async () => {
    const { user, current } = await staleSession();
    // The server's own refresh (what changePassword does through unstable_update) on one cookie…
    const ticket = issueSessionRefreshTicket(user.id);
    const own = await postSessionUpdate(await signIn(user.email, "second sturdy passphrase"), {
      ticket,
    });
    expect(own.stamp).toBe(current);
    // …and a second cookie signed out by a later change cannot reuse that ticket.
    const stolen = await signIn(user.email, "second sturdy passphrase");
    const passwordHash = await hashPassword("third sturdy passphrase");
    await (await db()).user.update({ where: { id: user.id }, data: { passwordHash } });
    const replay = await postSessionUpdate(stolen, { ticket });
    expect(replay.stamp).not.toBe(credentialStamp(passwordHash));
    expect(await stampOf(replay.cookie)).toBe(current);
  });

  it("re-stamps a stale cookie with a fresh ticket for its own user (the server's own refresh)", async () => {
    const { user, cookie, current } = await staleSession();
    const after = await postSessionUpdate(cookie, { ticket: issueSessionRefreshTicket(user.id) });
    expect(after.stamp).toBe(current);
    expect(await stampOf(after.cookie)).toBe(current);
  });
});
