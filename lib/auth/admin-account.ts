// The first admin of a production database, made by `npm run admin:create` (the demo seed makes
// admins only on the embedded try-out). Loadable without next-auth, so scripts run it under tsx.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "./password";
import { passwordProblems } from "./password-policy";
import { isUniqueViolation } from "./prisma-errors";
import { emailSchema } from "./schemas";

export type CreateAdminResult =
  { ok: true; userId: string; email: string } | { ok: false; problems: string[] };

/** Creates an ADMIN account with a verified email; refuses a bad email or password, or a taken email. */
export async function createAdmin(input: {
  email: string;
  password: string;
  name?: string;
}): Promise<CreateAdminResult> {
  const email = emailSchema.safeParse(input.email);
  if (!email.success) return { ok: false, problems: email.error.issues.map((i) => i.message) };
  const problems = passwordProblems(input.password, { email: email.data, name: input.name });
  if (problems.length) return { ok: false, problems };
  const prisma = await db();
  const taken = { ok: false as const, problems: [`${email.data} already has an account.`] };
  if (await prisma.user.findUnique({ where: { email: email.data }, select: { id: true } }))
    return taken;
  // Hashed before the write: scrypt is slow on purpose.
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await prisma.user.create({
      data: {
        id: randomUUID(),
        email: email.data,
        name: input.name ?? "Admin",
        passwordHash,
        role: "ADMIN",
        emailVerified: new Date(),
      },
      select: { id: true },
    });
    return { ok: true, userId: user.id, email: email.data };
  } catch (error) {
    if (isUniqueViolation(error)) return taken;
    throw error;
  }
}

/** How many ADMIN accounts exist: none means the shop cannot be managed yet. */
export async function countAdmins(): Promise<number> {
  return (await db()).user.count({ where: { role: "ADMIN" } });
}

/** Whether `password` signs `email` in (no rate limit: for the start script's own saved logins). */
export async function passwordWorks(email: string, password: string): Promise<boolean> {
  const user = await (
    await db()
  ).user.findUnique({
    where: { email },
    select: { passwordHash: true },
  });
  return verifyPassword(password, user?.passwordHash);
}
