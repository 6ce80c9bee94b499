// Who is making this request. The session (an Auth.js JWT) only says which user and with which
// credential stamp; everything else — role, email, whether the account still exists — is read
// from the database on each request, so a role change or a deleted account takes effect at
// once, and a password change signs out every other session (their stamp no longer matches).
import { userSelect } from "./users";
import { createHash } from "node:crypto";
import { cache } from "react";
import { db } from "@/lib/db";
import { boundary } from "./boundary";
import type { Role } from "./roles";

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  emailVerified: boolean;
  /** False for accounts made through GitHub/Google that never set a password. */
  hasPassword: boolean;
}

/** A short fingerprint of the password hash, carried in the session (no secret can be derived from it). */
export function credentialStamp(passwordHash: string | null): string {
  return createHash("sha256")
    .update(`cw-stamp:${passwordHash ?? ""}`)
    .digest("base64url")
    .slice(0, 22);
}

async function loadSessionUser(): Promise<SessionUser | null> {
  const claims = await (await boundary()).claims();
  if (!claims) return null;
  const user = await (
    await db()
  ).user.findUnique({
    where: { id: claims.userId },
    select: { ...userSelect, passwordHash: true },
  });
  if (!user || credentialStamp(user.passwordHash) !== claims.stamp) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    emailVerified: user.emailVerified !== null,
    hasPassword: user.passwordHash !== null,
  };
}

/** The signed-in user, or null. Memoised per request in React Server Components. */
export const getSessionUser = cache(loadSessionUser);

/** The stamp to put in a session for `userId` (null when the user does not exist). */
export async function stampForUser(userId: string): Promise<string | null> {
  const user = await (
    await db()
  ).user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return user ? credentialStamp(user.passwordHash) : null;
}
