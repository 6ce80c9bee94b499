// An account made through GitHub or Google has no password to ask for, so setting one or moving
// the account to another email needs a recent sign-in instead: an open session alone (a shared
// computer, a stolen cookie) cannot take the account over. The session records when its user
// signed in, and keeps that time across refreshes.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";

process.env.AUTH_SECRET = "test-secret-0123456789-0123456789-abcdef";
const auth = await import("@/lib/auth");
const { claimsFor, issueSessionRefreshTicket, makeUser, testBoundary } =
  await import("@/lib/auth/testing");
const { memoryTransport, setMailTransport } = await import("@/lib/mail");
const { MemoryStore } = await import("@/lib/rate-limit");

const mail = memoryTransport();
const MINUTE_S = 60;
const nowS = () => Math.floor(Date.now() / 1000);
const SIGN_IN_AGAIN = {
  ok: false,
  field: null,
  message:
    "For your security, please sign out and sign in again with GitHub or Google, then make this change within 10 minutes.",
};

beforeAll(async () => {
  await db();
  setMailTransport(mail);
}, 180_000);
beforeEach(() => auth.setAuthLimits(auth.buildAuthLimits({ store: new MemoryStore() })));
afterAll(() => {
  setMailTransport(null);
  auth.setAuthLimits(null);
});

/** Runs `work` as `userId` with a session signed in at `signedInAt` (null: not recorded). */
async function signedInAt<T>(userId: string, at: number | null, work: () => Promise<T>) {
  const claims = { ...(await claimsFor(userId)), signedInAt: at };
  const boundary = testBoundary({ claims });
  try {
    return await auth.runWithBoundary(boundary, work);
  } finally {
    await boundary.settle();
  }
}

const passwordHashOf = async (id: string) =>
  (await (await db()).user.findUniqueOrThrow({ where: { id } })).passwordHash;

describe("OAuth-only accounts need a fresh sign-in for password and email changes", () => {
  it("refuses both on a session signed in long ago, or with no sign-in time, and changes nothing", async () => {
    const user = await makeUser({ password: null, email: "octo@example.com" });
    for (const at of [nowS() - 11 * MINUTE_S, null]) {
      expect(
        await signedInAt(user.id, at, () =>
          auth.changePassword({ currentPassword: "", newPassword: "a brand new passphrase" }),
        ),
      ).toEqual(SIGN_IN_AGAIN);
      expect(
        await signedInAt(user.id, at, () =>
          auth.requestEmailChange({ email: "elsewhere@example.com", currentPassword: "" }),
        ),
      ).toEqual(SIGN_IN_AGAIN);
    }
    expect(await passwordHashOf(user.id)).toBeNull();
    expect(mail.sent.filter((m) => m.to === "elsewhere@example.com")).toHaveLength(0);
  });

  it("allows both within minutes of signing in", async () => {
    const user = await makeUser({ password: null, email: "fresh-octo@example.com" });
    expect(
      await signedInAt(user.id, nowS() - 2 * MINUTE_S, () =>
        auth.requestEmailChange({ email: "moved-octo@example.com", currentPassword: "" }),
      ),
    ).toEqual({ ok: true });
    expect(mail.sent.filter((m) => m.to === "moved-octo@example.com")).toHaveLength(1);
    expect(
      await signedInAt(user.id, nowS() - 2 * MINUTE_S, () =>
        auth.changePassword({ currentPassword: "", newPassword: "a brand new passphrase" }),
      ),
    ).toEqual({ ok: true });
    expect(await passwordHashOf(user.id)).toMatch(/^scrypt\$/);
  });

  it("still lets a password account change with its current password, however old the session", async () => {
    const user = await makeUser({ password: "the current passphrase" });
    expect(
      await signedInAt(user.id, null, () =>
        auth.changePassword({
          currentPassword: "the current passphrase",
          newPassword: "the next passphrase here",
        }),
      ),
    ).toEqual({ ok: true });
  });
});

describe("the session records when its user signed in", () => {
  it("sets signedInAt at sign-in and keeps it when the session is re-stamped", async () => {
    const user = await makeUser({ password: null });
    const { jwt, session } = auth.buildAuthConfig(await db()).callbacks!;
    type JwtArgs = Parameters<NonNullable<typeof jwt>>[0];
    const before = nowS();
    const token = await jwt!({ token: {}, user: { id: user.id } } as JwtArgs);
    expect(token).toMatchObject({ sub: user.id });
    const at = (token as { signedInAt?: number }).signedInAt;
    expect(at).toBeGreaterThanOrEqual(before);
    expect(at).toBeLessThanOrEqual(nowS());

    const later = { ...token, signedInAt: at! - 3600 } as JwtArgs["token"];
    const refreshed = await jwt!({
      token: later,
      trigger: "update",
      session: { ticket: issueSessionRefreshTicket(user.id) },
    } as JwtArgs);
    expect(refreshed).toMatchObject({ signedInAt: at! - 3600 });
    type SessionArgs = Parameters<NonNullable<typeof session>>[0];
    expect(
      await session!({
        session: { expires: new Date().toISOString(), user: {} },
        token: refreshed,
      } as unknown as SessionArgs),
    ).toMatchObject({ user: { id: user.id }, signedInAt: at! - 3600 });
  });
});
