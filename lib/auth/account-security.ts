// Changing a signed-in user's password or email. Both ask for the current password, so a session
// left open on a shared computer cannot take the account over; an account made through GitHub
// or Google has none, so it must have signed in within the last few minutes instead. A new
// password ends every other session; a new email is used only once confirmed by mail.
import { db, inTransaction } from "@/lib/db";
import { passwordChangedNotice, sendMail } from "@/lib/mail";
import { boundary } from "./boundary";
import { sendEmailVerification } from "./email-verification";
import { accountKey, authLimits } from "./limits";
import { hashPassword, verifyPassword } from "./password";
import { passwordProblems } from "./password-policy";
import { revokeTokens } from "./tokens";
import { userOrThrow } from "./guards";

export type SecurityChangeResult =
  | { ok: true }
  | { ok: false; field: "currentPassword" | "newPassword" | "email"; message: string }
  | { ok: false; field: null; message: string };

const WRONG_PASSWORD = {
  ok: false,
  field: "currentPassword",
  message: "That is not your current password.",
} as const;

/** How recent a sign-in must be to stand in for the password an OAuth-only account lacks. */
export const FRESH_SIGN_IN_MS = 10 * 60_000;

const SIGN_IN_AGAIN = {
  ok: false,
  field: null,
  message: `For your security, please sign out and sign in again with GitHub or Google, then make this change within ${FRESH_SIGN_IN_MS / 60_000} minutes.`,
} as const;

async function signedInRecently(): Promise<boolean> {
  const signedInAt = (await (await boundary()).claims())?.signedInAt;
  return typeof signedInAt === "number" && Date.now() - signedInAt * 1000 <= FRESH_SIGN_IN_MS;
}

/** Null when the caller proved it is the owner: the current password, else a fresh sign-in. */
async function checkCurrentPassword(
  userId: string,
  given: string,
): Promise<SecurityChangeResult | null> {
  const user = await (
    await db()
  ).user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  const hash = user?.passwordHash ?? null;
  if (hash !== null) return (await verifyPassword(given, hash)) ? null : WRONG_PASSWORD;
  // Made through GitHub/Google, no password yet: the provider's recent sign-in stands in for it.
  return (await signedInRecently()) ? null : SIGN_IN_AGAIN;
}

async function limited(email: string): Promise<SecurityChangeResult | null> {
  const decision = await authLimits().profileAccount.consume(accountKey(email));
  return decision.allowed
    ? null
    : {
        ok: false,
        field: null,
        message: "Too many changes in a short time. Please try again later.",
      };
}

export async function changePassword(input: {
  currentPassword: string;
  newPassword: string;
}): Promise<SecurityChangeResult> {
  const user = await userOrThrow();
  const refused = await limited(user.email);
  if (refused) return refused;
  const unproven = await checkCurrentPassword(user.id, input.currentPassword);
  if (unproven) return unproven;
  const problems = passwordProblems(input.newPassword, { email: user.email, name: user.name });
  if (problems.length) return { ok: false, field: "newPassword", message: problems.join(" ") };
  const passwordHash = await hashPassword(input.newPassword);
  await inTransaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await revokeTokens(tx, "reset-password", user.id);
  });
  const session = await boundary();
  // This session gets the new stamp; every other one now fails the stamp check.
  await session.refreshSession(user.id);
  session.defer(() => sendMail({ to: user.email, ...passwordChangedNotice({ name: user.name }) }));
  return { ok: true };
}

export async function requestEmailChange(input: {
  email: string;
  currentPassword: string;
}): Promise<SecurityChangeResult> {
  const user = await userOrThrow();
  if (input.email === user.email)
    return { ok: false, field: "email", message: "That is already your email address." };
  const refused = await limited(user.email);
  if (refused) return refused;
  const unproven = await checkCurrentPassword(user.id, input.currentPassword);
  if (unproven) return unproven;
  const taken = await (
    await db()
  ).user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (taken)
    return {
      ok: false,
      field: "email",
      message: "Another account already uses this email address.",
    };
  await sendEmailVerification({
    userId: user.id,
    name: user.name,
    email: input.email,
    kind: "change",
  });
  return { ok: true };
}

/** Sends a fresh confirmation link for the account's current address. */
export async function resendEmailVerification(): Promise<SecurityChangeResult> {
  const user = await userOrThrow();
  if (user.emailVerified)
    return { ok: false, field: null, message: "Your email address is already confirmed." };
  const refused = await limited(user.email);
  if (refused) return refused;
  await sendEmailVerification({
    userId: user.id,
    name: user.name,
    email: user.email,
    kind: "verify",
  });
  return { ok: true };
}
