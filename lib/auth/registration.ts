// Creating a customer account with email and password. The shopper is signed in straight away
// and asked to confirm the address by mail; unverified accounts can shop, and the banner on
// /account keeps asking.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { mostRestrictive } from "@/lib/rate-limit";
import { sendEmailVerification } from "./email-verification";
import { accountKey, authLimits } from "./limits";
import { hashPassword } from "./password";
import { isUniqueViolation } from "./prisma-errors";
import type { SignUpInput } from "./schemas";

export type RegistrationResult =
  | { ok: true; userId: string }
  | { ok: false; reason: "email_taken" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

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

  const prisma = await db();
  if (await prisma.user.findUnique({ where: { email: input.email }, select: { id: true } }))
    return { ok: false, reason: "email_taken" };
  // Hash before writing: scrypt is slow on purpose and must not hold a transaction open.
  const passwordHash = await hashPassword(input.password);
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
    // Two sign-ups for one address at once: the unique index decides, the loser hears "taken".
    if (isUniqueViolation(error)) return { ok: false, reason: "email_taken" };
    throw error;
  }
  await sendEmailVerification({ userId, name: input.name, email: input.email, kind: "verify" });
  return { ok: true, userId };
}
