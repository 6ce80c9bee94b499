// Acceptance: 20 wrong passwords in a row get 429s; the right password afterwards, from another
// IP, works once the window has passed. Through the real Auth.js route handler (CSRF and all),
// with the limiters on an injected clock so "the window passes" takes no wall time.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

process.env.AUTH_SECRET = "test-secret-0123456789-0123456789-abcdef";
process.env.AUTH_TRUST_HOST = "true";

const { POST, GET } = await import("@/app/api/auth/[...nextauth]/route");
const { AUTH_LIMIT_RULES, buildAuthLimits, setAuthLimits } = await import("@/lib/auth");
const { makeUser } = await import("@/lib/auth/testing");
const { MemoryStore } = await import("@/lib/rate-limit");
const { db } = await import("@/lib/db");

const ORIGIN = "http://shop.test";
let now = Date.UTC(2026, 10, 25, 12, 0, 0);

beforeAll(async () => {
  await db(); // open and migrate before the first timed test
  setAuthLimits(buildAuthLimits({ store: new MemoryStore(), now: () => now }));
}, 180_000); // opening and migrating the embedded database is slow on a busy machine
afterAll(() => setAuthLimits(null));

async function csrf(): Promise<{ token: string; cookie: string }> {
  const response = await GET(new NextRequest(`${ORIGIN}/api/auth/csrf`), {
    params: Promise.resolve({ nextauth: ["csrf"] }),
  });
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { token: csrfToken, cookie };
}

async function signIn(email: string, password: string, ip: string): Promise<Response> {
  const { token, cookie } = await csrf();
  const body = new URLSearchParams({
    email,
    password,
    csrfToken: token,
    callbackUrl: `${ORIGIN}/account`,
  });
  const request = new NextRequest(`${ORIGIN}/api/auth/callback/credentials`, {
    method: "POST",
    body,
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie,
      origin: ORIGIN,
      "x-forwarded-for": ip,
    },
  });
  return POST(request, { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) });
}

const sessionCookie = (response: Response) =>
  response.headers.getSetCookie().find((c) => c.startsWith("authjs.session-token="));

describe("sign-in rate limit through /api/auth/callback/credentials", () => {
  it("signs in with the right password and sets an httpOnly, SameSite=Lax session cookie", async () => {
    const user = await makeUser({ password: "correct horse battery" });
    const response = await signIn(user.email, "correct horse battery", "198.51.100.1");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`${ORIGIN}/account`);
    const cookie = sessionCookie(response);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it("answers 20 wrong passwords with refusals that turn into 429s, then lets the right one in from another IP after the window", async () => {
    const user = await makeUser({ password: "correct horse battery" });
    const statuses: number[] = [];
    let retryAfter = 0;
    for (let i = 0; i < 20; i++) {
      const response = await signIn(user.email, `wrong password ${i}`, "203.0.113.7");
      statuses.push(response.status);
      if (response.status === 302) {
        // A refusal: back to the sign-in page with a generic code, and no session.
        expect(response.headers.get("location")).toContain(
          "/account/sign-in?error=CredentialsSignin",
        );
        expect(sessionCookie(response)).toBeUndefined();
      } else {
        expect(response.status).toBe(429);
        retryAfter = Number(response.headers.get("retry-after"));
        expect(await response.json()).toMatchObject({ error: { code: "rate_limited" } });
      }
    }
    const limit = AUTH_LIMIT_RULES.signInAccount.limit;
    expect(statuses.slice(0, limit).every((s) => s === 302)).toBe(true);
    expect(statuses.slice(limit)).toEqual(Array(20 - limit).fill(429));
    expect(retryAfter).toBeGreaterThan(0);

    // The right password from another IP is still refused while the account's window is full…
    const early = await signIn(user.email, "correct horse battery", "192.0.2.55");
    expect(early.status).toBe(429);
    expect(sessionCookie(early)).toBeUndefined();

    // …and accepted once the Retry-After has passed.
    now += retryAfter * 1000;
    const later = await signIn(user.email, "correct horse battery", "192.0.2.55");
    expect(later.status).toBe(302);
    expect(later.headers.get("location")).toBe(`${ORIGIN}/account`);
    expect(sessionCookie(later)).toBeDefined();
  });

  it("refuses a credentials post from a foreign origin", async () => {
    const request = new NextRequest(`${ORIGIN}/api/auth/callback/credentials`, {
      method: "POST",
      body: new URLSearchParams({ email: "a@example.com", password: "x" }),
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        origin: "https://evil.example",
      },
    });
    const response = await POST(request, {
      params: Promise.resolve({ nextauth: ["callback", "credentials"] }),
    });
    expect(response.status).toBe(403);
  });
});
