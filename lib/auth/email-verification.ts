// Proving an email address: after sign-up (verify-email) and before an account switches to a
// new address (change-email). The link carries a one-time token; following it needs no session,
// since the token itself is the proof.
import { db, inTransaction } from "@/lib/db";
import { emailChangedNotice, sendMail, verifyEmailEmail } from "@/lib/mail";
import { boundary } from "./boundary";
import { authLimits } from "./limits";
import { isUniqueViolation } from "./prisma-errors";
import { consumeToken, issueToken, revokeTokens, TOKEN_TTL_MS } from "./tokens";
import { absoluteUrl } from "./urls";

export type VerificationKind = "verify" | "change";

/** Sends a confirmation link for `email` to `email` (the mail goes out after the response). */
export async function sendEmailVerification(input: {
  userId: string;
  name: string | null;
  email: string;
  kind: VerificationKind;
}): Promise<void> {
  const purpose = input.kind === "change" ? "change-email" : "verify-email";
  const raw = await issueToken(await db(), purpose, `${input.userId}:${input.email}`);
  const url = absoluteUrl("/account/verify-email", {
    token: raw,
    ...(input.kind === "change" ? { kind: "change" } : {}),
  });
  const mail = verifyEmailEmail({
    name: input.name,
    url,
    expiresInHours: TOKEN_TTL_MS[purpose] / 3_600_000,
    change: input.kind === "change",
  });
  (await boundary()).defer(() => sendMail({ to: input.email, ...mail }));
}

export type ConfirmEmailResult =
  | { ok: true; email: string }
  | { ok: false; reason: "invalid_token" | "email_taken" | "stale" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

function splitSubject(subject: string): { userId: string; email: string } {
  const at = subject.indexOf(":");
  return { userId: subject.slice(0, at), email: subject.slice(at + 1) };
}

export async function confirmEmail(input: {
  token: string;
  kind: VerificationKind;
  ip: string;
}): Promise<ConfirmEmailResult> {
  const { token, kind } = input;
  const limit = await authLimits().tokenIp.consume(input.ip);
  if (!limit.allowed)
    return { ok: false, reason: "rate_limited", retryAfterSeconds: limit.retryAfterSeconds };
  if (kind === "verify") {
    return inTransaction(async (tx) => {
      const subject = await consumeToken(tx, "verify-email", token);
      if (!subject) return { ok: false, reason: "invalid_token" } as const;
      const { userId, email } = splitSubject(subject);
      // Only if the account still uses that address: an old link must not vouch for a new one.
      const { count } = await tx.user.updateMany({
        where: { id: userId, email },
        data: { emailVerified: new Date() },
      });
      return count === 1
        ? ({ ok: true, email } as const)
        : ({ ok: false, reason: "stale" } as const);
    });
  }
  try {
    const result = await inTransaction(async (tx) => {
      const subject = await consumeToken(tx, "change-email", token);
      if (!subject) return { ok: false, reason: "invalid_token" } as const;
      const { userId, email } = splitSubject(subject);
      const before = await tx.user.findUnique({
        where: { id: userId },
        select: { email: true, name: true },
      });
      if (!before) return { ok: false, reason: "invalid_token" } as const;
      await tx.user.update({ where: { id: userId }, data: { email, emailVerified: new Date() } });
      await revokeTokens(tx, "change-email", userId);
      await revokeTokens(tx, "verify-email", userId);
      return { ok: true, email, previous: before } as const;
    });
    if (!result.ok) return result;
    const notice = emailChangedNotice({ name: result.previous.name, newEmail: result.email });
    (await boundary()).defer(() => sendMail({ to: result.previous.email, ...notice }));
    return { ok: true, email: result.email };
  } catch (error) {
    // Someone registered the address between the request and the click: the token stays unused.
    if (isUniqueViolation(error)) return { ok: false, reason: "email_taken" };
    throw error;
  }
}
