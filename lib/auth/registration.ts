// Creating a customer account with email and password. Sign-up answers the same whether or not
// the address already has an account, so it cannot be used to find out who shops here: a new
// address gets a confirmation link (the account exists, unconfirmed, and the shopper signs in
// once they have the mail), the owner of a taken address gets a notice that someone tried.
// Both mails go out after the response, and a password is hashed either way, so neither the
// answer nor its timing differs.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { sendMail, signUpAttemptNotice } from "@/lib/mail";
import { mostRestrictive } from "@/lib/rate-limit";
import { boundary } from "./boundary";
import { sendEmailVerification } from "./email-verification";
import { accountKey, authLimits } from "./limits";
import { hashPassword } from "./password";
import { isUniqueViolation } from "./prisma-errors";
import type { SignUpInput } from "./schemas";
import { absoluteUrl, SIGN_IN_PATH } from "./urls";

export type RegistrationResult =
  { ok: true } | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

async function noticeExistingOwner(email: string): Promise<void> {
  const owner = await (
    await db()
  ).user.findUnique({ where: { email }, select: { email: true, name: true } });
  if (!owner) return;
  const notice = signUpAttemptNotice({
    name: owner.name,
    signInUrl: absoluteUrl(SIGN_IN_PATH, { email: owner.email }),
    resetUrl: absoluteUrl("/account/forgot-password"),
  });
  (await boundary()).defer(() => sendMail({ to: owner.email, ...notice }));
}

/** `input` must have passed `signUpSchema` (which applies the password policy). */
export async function registerCustomer(
  input: SignUpInput,
  ip: string,
): Promise<RegistrationResult> {
  const limits = authLimits();
  const byIp = await limits.signUpIp.consume(ip);
  const decision = byIp.allowed
    ? mostRestrictive([byIp, await limits.signUpAccount.consume(accountKey(input.email))])
    : byIp;
  if (!decision.allowed)
    return { ok: false, reason: "rate_limited", retryAfterSeconds: decision.retryAfterSeconds };

  // Hash before looking (and before writing: scrypt is slow on purpose and must not hold a
  // transaction open), so a taken address answers no faster than a new one.
  const passwordHash = await hashPassword(input.password);
  const prisma = await db();
  if (await prisma.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    await noticeExistingOwner(input.email);
    return { ok: true };
  }
  let userId: string;
  try {
    const user = await prisma.user.create({
      data: {
        id: randomUUID(),
        email: input.email,
        name: input.name,
        passwordHash,
        role: "CUSTOMER",
      },
      select: { id: true },
    });
    userId = user.id;
  } catch (error) {
    // Two sign-ups for one address at once: the unique index decides, the loser is a taken address.
    if (!isUniqueViolation(error)) throw error;
    await noticeExistingOwner(input.email);
    return { ok: true };
  }
  await sendEmailVerification({ userId, name: input.name, email: input.email, kind: "verify" });
  return { ok: true };
}
