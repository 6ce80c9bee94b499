// Sign-up must not tell whether an address already has an account: the form answers the same
// for a new and a taken address (and signs nobody in), and the difference is only in the mail —
// a confirmation link to the new address, a "someone tried to sign up" notice to the owner of
// the taken one, whose account stays as it was. The sign-up limits still apply.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";

process.env.AUTH_SECRET = "test-secret-0123456789-0123456789-abcdef";
const auth = await import("@/lib/auth");
const { makeUser, outcome, testBoundary } = await import("@/lib/auth/testing");
const { signUpAction } = await import("@/app/(shop)/account/actions/sign-in");
const { memoryTransport, setMailTransport } = await import("@/lib/mail");
const { MemoryStore } = await import("@/lib/rate-limit");

const mail = memoryTransport();
const mailsTo = (to: string) => mail.sent.filter((m) => m.to === to);
const idle = { status: "idle" } as const;

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

/** Submits the sign-up form signed out, from `ip`: what the page got, and whether a session began. */
async function signUp(email: string, ip = "203.0.113.20") {
  const boundary = testBoundary({ headers: { "x-forwarded-for": ip, host: "shop.test" } });
  const result = await auth.runWithBoundary(boundary, () =>
    outcome(() =>
      signUpAction(idle, form({ name: "Ada", email, password: "analytical engine notes" })),
    ),
  );
  await boundary.settle();
  return { result, started: boundary.started };
}

beforeAll(async () => {
  await db();
  setMailTransport(mail);
}, 180_000);
beforeEach(() => auth.setAuthLimits(auth.buildAuthLimits({ store: new MemoryStore() })));
afterAll(() => {
  setMailTransport(null);
  auth.setAuthLimits(null);
});

describe("sign-up answers the same whether or not the address has an account", () => {
  it("gives a new and a taken address the same answer, and mails each the right thing", async () => {
    const owner = await makeUser({ email: "taken@example.com", name: "Owner" });
    const before = await (await db()).user.findUniqueOrThrow({ where: { id: owner.id } });

    const fresh = await signUp("fresh@example.com");
    const taken = await signUp("taken@example.com");

    const answer = (email: string) => ({
      kind: "value",
      value: {
        status: "success",
        message: `Check your email: we have sent a message to ${email}. Follow the link in it to confirm your address, then sign in.`,
      },
    });
    expect(fresh.result).toEqual(answer("fresh@example.com"));
    expect(taken.result).toEqual(answer("taken@example.com"));
    expect(fresh.started).toEqual([]);
    expect(taken.started).toEqual([]);

    // The new address: an unconfirmed account and a confirmation link.
    const created = await (
      await db()
    ).user.findUniqueOrThrow({ where: { email: "fresh@example.com" } });
    expect(created).toMatchObject({ name: "Ada", emailVerified: null, role: "CUSTOMER" });
    expect(mailsTo("fresh@example.com").map((m) => m.subject)).toEqual([
      "Confirm your email address",
    ]);
    expect(mailsTo("fresh@example.com")[0]!.text).toMatch(/\/account\/verify-email\?token=/);

    // The taken address: only a notice to its owner, with the way back in; the account is untouched.
    const notices = mailsTo("taken@example.com");
    expect(notices.map((m) => m.subject)).toEqual([
      "Someone tried to sign up with your email address",
    ]);
    expect(notices[0]!.text).toContain("Hello Owner,");
    expect(notices[0]!.text).toMatch(/\/account\/sign-in\?email=taken%40example\.com/);
    expect(notices[0]!.text).toContain("/account/forgot-password");
    expect(notices[0]!.text).not.toMatch(/token=/);
    expect(await (await db()).user.findUniqueOrThrow({ where: { id: owner.id } })).toEqual(before);
  });

  it("keeps the limits: per IP, then per address, counted the same for new and taken addresses", async () => {
    await makeUser({ email: "limited@example.com" });
    const statuses: string[] = [];
    for (let i = 0; i < 6; i++) {
      const { result } = await signUp("limited@example.com", `198.51.100.${i}`);
      statuses.push(result.kind === "value" ? (result.value.status ?? "") : result.kind);
    }
    const perAccount = auth.AUTH_LIMIT_RULES.signUpAccount.limit;
    expect(statuses).toEqual([
      ...Array(perAccount).fill("success"),
      ...Array(6 - perAccount).fill("error"),
    ]);
    expect(mailsTo("limited@example.com")).toHaveLength(perAccount);
  });
});
