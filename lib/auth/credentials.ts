// Checking an email and password, with the sign-in limits: per IP, then per account. A refused
// attempt is not counted again; a success clears the account's counter. "No such account" and
// "wrong password" take the same time (verifyPassword checks a dummy hash) and get the same answer.
import { db } from "@/lib/db";
import { currentLogger } from "@/lib/logger";
import { mostRestrictive } from "@/lib/rate-limit";
import { accountKey, authLimits } from "./limits";
import { hashPassword, needsRehash, verifyPassword } from "./password";

export type AuthenticationResult =
  | { ok: true; user: { id: string; email: string; name: string | null } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

export async function authenticate(input: {
  email: string;
  password: string;
  ip: string;
}): Promise<AuthenticationResult> {
  const limits = authLimits();
  const email = accountKey(input.email);
  const byIp = await limits.signInIp.consume(input.ip);
  const byAccount = byIp.allowed ? await limits.signInAccount.consume(email) : byIp;
  const decision = mostRestrictive([byIp, byAccount]);
  if (!decision.allowed) {
    currentLogger().warn(
      { limit: byIp.allowed ? "sign-in:account" : "sign-in:ip" },
      "sign-in rate limited",
    );
    return { ok: false, reason: "rate_limited", retryAfterSeconds: decision.retryAfterSeconds };
  }
  const prisma = await db();
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  if (!(await verifyPassword(input.password, user?.passwordHash)) || !user?.passwordHash)
    return { ok: false, reason: "invalid" };
  await limits.signInAccount.reset(email);
  if (needsRehash(user.passwordHash)) {
    // Parameters were raised since this hash was made: store a stronger one now we know the password.
    await prisma.user.update({
      where: { id: user.id },
      data: { passwordHash: await hashPassword(input.password) },
    });
  }
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}

/** Would a sign-in for `email` from `ip` be refused right now? (Counts nothing.) */
export async function signInRefusal(input: { email: string; ip: string }): Promise<number | null> {
  const limits = authLimits();
  const decision = mostRestrictive([
    await limits.signInIp.peek(input.ip),
    await limits.signInAccount.peek(accountKey(input.email)),
  ]);
  return decision.allowed ? null : decision.retryAfterSeconds;
}
