// Forgotten passwords. Asking for a reset answers the same whether or not the address has an
// account (the mail goes out after the response, so timing does not tell either). Following the
// link sets a new password once: the token, the new hash and the end of every other session
// (a new credential stamp) commit together.
import { db, inTransaction } from "@/lib/db";
import { passwordChangedNotice, passwordResetEmail, sendMail } from "@/lib/mail";
import { mostRestrictive } from "@/lib/rate-limit";
import { boundary } from "./boundary";
import { accountKey, authLimits } from "./limits";
import { hashPassword } from "./password";
import { passwordProblems } from "./password-policy";
import { consumeToken, issueToken, peekToken, revokeTokens, TOKEN_TTL_MS } from "./tokens";
import { absoluteUrl } from "./urls";

type RateLimited = { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

export async function requestPasswordReset(input: {
  email: string;
  ip: string;
}): Promise<{ ok: true } | RateLimited> {
  const limits = authLimits();
  const email = accountKey(input.email);
  const byIp = await limits.resetIp.consume(input.ip);
  const decision = byIp.allowed
    ? mostRestrictive([byIp, await limits.resetAccount.consume(email)])
    : byIp;
  if (!decision.allowed)
    return { ok: false, reason: "rate_limited", retryAfterSeconds: decision.retryAfterSeconds };

  const prisma = await db();
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true },
  });
  if (user) {
    const raw = await issueToken(prisma, "reset-password", user.id);
    const mail = passwordResetEmail({
      name: user.name,
      url: absoluteUrl("/account/reset-password", { token: raw }),
      expiresInMinutes: TOKEN_TTL_MS["reset-password"] / 60_000,
    });
    (await boundary()).defer(() => sendMail({ to: user.email, ...mail }));
  }
  return { ok: true };
}

/** Whether a reset link is still good (for showing the form); uses nothing up. */
export async function isResetTokenLive(token: string): Promise<boolean> {
  return (await peekToken(await db(), "reset-password", token)) !== null;
}

export type ResetPasswordResult =
  | { ok: true; email: string }
  | { ok: false; reason: "invalid_token" }
  | { ok: false; reason: "weak_password"; problems: string[] }
  | RateLimited;

export async function resetPassword(input: {
  token: string;
  password: string;
  ip: string;
}): Promise<ResetPasswordResult> {
  const limit = await authLimits().tokenIp.consume(input.ip);
  if (!limit.allowed)
    return { ok: false, reason: "rate_limited", retryAfterSeconds: limit.retryAfterSeconds };
  const prisma = await db();
  const userId = await peekToken(prisma, "reset-password", input.token);
  const user = userId
    ? await prisma.user.findUnique({
        where: { id: userId },
        select: { id: true, email: true, name: true },
      })
    : null;
  if (!user) return { ok: false, reason: "invalid_token" };
  const problems = passwordProblems(input.password, { email: user.email, name: user.name });
  if (problems.length) return { ok: false, reason: "weak_password", problems };

  const passwordHash = await hashPassword(input.password);
  const done = await inTransaction(async (tx) => {
    // Consumed here, with the update: a second click (or a racing one) finds nothing.
    if ((await consumeToken(tx, "reset-password", input.token)) !== user.id) return false;
    const current = await tx.user.findUnique({
      where: { id: user.id },
      select: { emailVerified: true },
    });
    // Following a link sent to the address proves it, so a reset also verifies it.
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, emailVerified: current?.emailVerified ?? new Date() },
    });
    await revokeTokens(tx, "reset-password", user.id);
    return true;
  });
  if (!done) return { ok: false, reason: "invalid_token" };
  await authLimits().signInAccount.reset(accountKey(user.email));
  (await boundary()).defer(() =>
    sendMail({ to: user.email, ...passwordChangedNotice({ name: user.name }) }),
  );
  return { ok: true, email: user.email };
}
