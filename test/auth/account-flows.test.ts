// Sign-up, email verification, password reset, and email/password changes, end to end through
// lib/auth with mail captured in memory.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";

process.env.AUTH_SECRET = "test-secret-0123456789-0123456789-abcdef";
const auth = await import("@/lib/auth");
const { asUser, claimsFor, makeUser, testBoundary } = await import("@/lib/auth/testing");
const { memoryTransport, setMailTransport } = await import("@/lib/mail");
const { MemoryStore } = await import("@/lib/rate-limit");

const mail = memoryTransport();
const tokenIn = (text: string) => /token=([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? "";
const mailsTo = (to: string) => mail.sent.filter((m) => m.to === to);
const ip = "203.0.113.9";

beforeAll(async () => {
  await db();
  setMailTransport(mail);
}, 180_000); // opening and migrating the embedded database is slow on a busy machine
beforeEach(() => auth.setAuthLimits(auth.buildAuthLimits({ store: new MemoryStore() })));
afterAll(() => {
  setMailTransport(null);
  auth.setAuthLimits(null);
});

describe("sign-up and email verification", () => {
  it("creates a customer, mails a confirmation link that works once, and makes no second account for the address", async () => {
    const input = auth.signUpSchema.parse({
      name: "Grace",
      email: "grace@example.com",
      password: "compile the cobol",
    });
    const result = await asUser(null, () => auth.registerCustomer(input, ip));
    expect(result).toEqual({ ok: true });
    const user = await (
      await db()
    ).user.findUniqueOrThrow({ where: { email: "grace@example.com" } });
    expect(user).toMatchObject({ role: "CUSTOMER", emailVerified: null, name: "Grace" });
    expect(user.passwordHash).toMatch(/^scrypt\$/);

    const [confirmation] = mailsTo("grace@example.com");
    expect(confirmation?.subject).toBe("Confirm your email address");
    const token = tokenIn(confirmation!.text);
    expect(await asUser(null, () => auth.confirmEmail({ token, kind: "verify", ip }))).toEqual({
      ok: true,
      email: "grace@example.com",
    });
    expect(
      (await (await db()).user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified,
    ).not.toBeNull();
    expect(await asUser(null, () => auth.confirmEmail({ token, kind: "verify", ip }))).toEqual({
      ok: false,
      reason: "invalid_token",
    });

    expect(
      await asUser(null, () => auth.registerCustomer({ ...input, name: "Other" }, ip)),
    ).toEqual({ ok: true });
    expect(await (await db()).user.count({ where: { email: "grace@example.com" } })).toBe(1);
    expect(mailsTo("grace@example.com").at(-1)?.subject).toBe(
      "Someone tried to sign up with your email address",
    );
  });

  it("lets exactly one of several simultaneous sign-ups for one address through", async () => {
    const input = auth.signUpSchema.parse({
      name: "Twin",
      email: "twin@example.com",
      password: "two of a kind here",
    });
    const results = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        asUser(null, () => auth.registerCustomer(input, `198.51.100.${i}`)),
      ),
    );
    // Every one hears the same; one account exists, confirmed by one link, and the owner is
    // told of the other three.
    expect(results).toEqual(Array(4).fill({ ok: true }));
    expect(await (await db()).user.count({ where: { email: "twin@example.com" } })).toBe(1);
    const subjects = mailsTo("twin@example.com").map((m) => m.subject);
    expect(subjects.filter((s) => s === "Confirm your email address")).toHaveLength(1);
    expect(
      subjects.filter((s) => s === "Someone tried to sign up with your email address"),
    ).toHaveLength(3);
  });

  it("rate-limits sign-ups per IP", async () => {
    const results = [];
    for (let i = 0; i < 11; i++) {
      const input = auth.signUpSchema.parse({
        name: "Bot",
        email: `bot${i}@example.com`,
        password: "automated signups",
      });
      results.push(await asUser(null, () => auth.registerCustomer(input, "192.0.2.200")));
    }
    expect(results.slice(0, 10).every((r) => r.ok)).toBe(true);
    expect(results[10]).toMatchObject({ ok: false, reason: "rate_limited" });
  });
});

describe("password reset", () => {
  it("answers the same for known and unknown addresses, and mails only the known one", async () => {
    const user = await makeUser({ email: "known@example.com" });
    expect(
      await asUser(null, () => auth.requestPasswordReset({ email: "KNOWN@example.com ", ip })),
    ).toEqual({ ok: true });
    expect(
      await asUser(null, () => auth.requestPasswordReset({ email: "unknown@example.com", ip })),
    ).toEqual({ ok: true });
    expect(mailsTo("known@example.com")).toHaveLength(1);
    expect(mailsTo("unknown@example.com")).toHaveLength(0);
    expect(mailsTo(user.email)[0]!.text).toMatch(/\/account\/reset-password\?token=/);
  });

  it("sets a new password once, ends old sessions, and the link does not work twice", async () => {
    const user = await makeUser({
      email: "forgetful@example.com",
      password: "old but long password",
      verified: false,
    });
    const oldClaims = await claimsFor(user.id);
    await asUser(null, () => auth.requestPasswordReset({ email: user.email, ip }));
    const token = tokenIn(mailsTo(user.email).at(-1)!.text);
    expect(await auth.isResetTokenLive(token)).toBe(true);

    // A weak password is refused and the link stays usable.
    expect(
      await asUser(null, () =>
        auth.resetPassword({ token, password: "forgetful@example.com", ip }),
      ),
    ).toMatchObject({ ok: false, reason: "weak_password" });
    expect(
      await asUser(null, () => auth.resetPassword({ token, password: "brand new passphrase", ip })),
    ).toEqual({ ok: true, email: user.email });
    expect(
      await asUser(null, () =>
        auth.resetPassword({ token, password: "yet another passphrase", ip }),
      ),
    ).toEqual({ ok: false, reason: "invalid_token" });

    expect(
      await asUser(null, () =>
        auth.authenticate({ email: user.email, password: "old but long password", ip }),
      ),
    ).toEqual({ ok: false, reason: "invalid" });
    expect(
      await asUser(null, () =>
        auth.authenticate({ email: user.email, password: "brand new passphrase", ip }),
      ),
    ).toMatchObject({ ok: true });
    expect(
      await auth.runWithBoundary(testBoundary({ claims: oldClaims }), () => auth.getSessionUser()),
    ).toBeNull();
    // Following the mailed link proved the address; the owner is told of the change.
    expect(
      (await (await db()).user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified,
    ).not.toBeNull();
    expect(mailsTo(user.email).at(-1)!.subject).toBe("Your Cartwright password was changed");
  });

  it("rate-limits reset requests per account without revealing whether it exists", async () => {
    const results = [];
    for (let i = 0; i < 4; i++)
      results.push(
        await asUser(null, () =>
          auth.requestPasswordReset({ email: "nobody@example.com", ip: `198.51.100.${i}` }),
        ),
      );
    expect(results.slice(0, 3)).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    expect(results[3]).toMatchObject({ ok: false, reason: "rate_limited" });
  });
});

describe("sign-in checks", () => {
  it("gives the same answer for an unknown email, a wrong password and a password-less account", async () => {
    const user = await makeUser({ password: "the right password" });
    const oauthOnly = await makeUser({ password: null });
    const answers = await Promise.all([
      auth.authenticate({ email: "ghost@example.com", password: "whatever it is", ip }),
      auth.authenticate({ email: user.email, password: "the wrong password", ip }),
      auth.authenticate({ email: oauthOnly.email, password: "", ip }),
    ]);
    expect(answers).toEqual([
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
    ]);
  });

  it("limits attempts per IP across accounts (credential stuffing)", async () => {
    // A smaller per-IP limit than production's 50, so the test does not hash fifty passwords.
    auth.setAuthLimits(
      auth.buildAuthLimits(
        { store: new MemoryStore() },
        { signInIp: { name: "sign-in:ip", limit: 5, windowMs: 60_000 } },
      ),
    );
    const results = [];
    for (let i = 0; i < 6; i++)
      results.push(
        await auth.authenticate({
          email: `victim${i}@example.com`,
          password: "guess guess",
          ip: "192.0.2.99",
        }),
      );
    expect(results.slice(0, 5).every((r) => !r.ok && r.reason === "invalid")).toBe(true);
    expect(results[5]).toMatchObject({ ok: false, reason: "rate_limited" });
    // Another IP is not affected.
    expect(
      await auth.authenticate({
        email: "victim0@example.com",
        password: "guess guess",
        ip: "192.0.2.100",
      }),
    ).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("changing email and password while signed in", () => {
  it("switches the email only after the new address confirms, and tells the old one", async () => {
    const user = await makeUser({ email: "before@example.com", password: "my current password" });
    expect(
      await asUser(user.id, () =>
        auth.requestEmailChange({ email: "after@example.com", currentPassword: "not my password" }),
      ),
    ).toMatchObject({ ok: false, field: "currentPassword" });
    expect(
      await asUser(user.id, () =>
        auth.requestEmailChange({
          email: "after@example.com",
          currentPassword: "my current password",
        }),
      ),
    ).toEqual({ ok: true });
    expect((await (await db()).user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(
      "before@example.com",
    );
    const token = tokenIn(mailsTo("after@example.com")[0]!.text);
    // A verify-email link cannot be replayed as a change, nor the reverse.
    expect(await auth.confirmEmail({ token, kind: "verify", ip })).toEqual({
      ok: false,
      reason: "invalid_token",
    });
    expect(await asUser(null, () => auth.confirmEmail({ token, kind: "change", ip }))).toEqual({
      ok: true,
      email: "after@example.com",
    });
    expect((await (await db()).user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(
      "after@example.com",
    );
    expect(mailsTo("before@example.com").at(-1)!.subject).toBe(
      "Your Cartwright email address was changed",
    );
  });

  it("refuses the change at confirmation when the address was taken meanwhile", async () => {
    const user = await makeUser({ password: "my current password" });
    await asUser(user.id, () =>
      auth.requestEmailChange({
        email: "contested@example.com",
        currentPassword: "my current password",
      }),
    );
    const token = tokenIn(mailsTo("contested@example.com")[0]!.text);
    await makeUser({ email: "contested@example.com" });
    expect(await asUser(null, () => auth.confirmEmail({ token, kind: "change", ip }))).toEqual({
      ok: false,
      reason: "email_taken",
    });
  });

  it("changes the password with the current one, keeps this session and ends the others", async () => {
    const user = await makeUser({ password: "my current password" });
    const otherDevice = await claimsFor(user.id);
    const boundary = testBoundary({ claims: otherDevice });
    expect(
      await auth.runWithBoundary(boundary, () =>
        auth.changePassword({
          currentPassword: "wrong one here",
          newPassword: "a new long secret",
        }),
      ),
    ).toMatchObject({ ok: false, field: "currentPassword" });
    expect(
      await auth.runWithBoundary(boundary, () =>
        auth.changePassword({ currentPassword: "my current password", newPassword: "password123" }),
      ),
    ).toMatchObject({ ok: false, field: "newPassword" });
    expect(
      await auth.runWithBoundary(boundary, () =>
        auth.changePassword({
          currentPassword: "my current password",
          newPassword: "a new long secret",
        }),
      ),
    ).toEqual({ ok: true });
    expect(boundary.refreshed).toBe(1);
    await boundary.settle();
    expect(
      await auth.runWithBoundary(testBoundary({ claims: otherDevice }), () =>
        auth.getSessionUser(),
      ),
    ).toBeNull();
    expect(mailsTo(user.email).at(-1)!.subject).toBe("Your Cartwright password was changed");
  });
});
