// The two demo accounts. Their passwords are given by the caller or generated here, and
// returned so the start and seed commands can print them once.
import { randomBytes } from "node:crypto";
import { hashPassword } from "../../lib/auth/password";
import { orderedId } from "./ids";
import type { Prisma, Role } from "../../lib/generated/prisma/client";

export interface DemoLogin {
  email: string;
  password: string;
  role: Role;
}

// 32 symbols without look-alikes (no l, o, 0, 1): one byte & 31 picks a symbol with no bias.
const ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

/** 16 random symbols in groups of four, e.g. "k7mq-4tzp-x9ca-h2nd": 80 bits, easy to type. */
export function readablePassword(): string {
  const symbols = [...randomBytes(16)].map((byte) => ALPHABET[byte & 31]!);
  return [0, 4, 8, 12].map((at) => symbols.slice(at, at + 4).join("")).join("-");
}

export interface DemoUser extends DemoLogin {
  passwordHash: string;
}

/** Picks the passwords and hashes them: done before any transaction, since scrypt is slow on purpose. */
export async function prepareDemoUsers(options: {
  adminPassword?: string;
  customerPassword?: string;
}): Promise<DemoUser[]> {
  const logins: DemoLogin[] = [
    {
      email: "admin@example.com",
      password: options.adminPassword ?? readablePassword(),
      role: "ADMIN",
    },
    {
      email: "customer@example.com",
      password: options.customerPassword ?? readablePassword(),
      role: "CUSTOMER",
    },
  ];
  return Promise.all(
    logins.map(async (login) => ({ ...login, passwordHash: await hashPassword(login.password) })),
  );
}

const NAMES: Record<Role, string> = {
  ADMIN: "Ada Admin",
  STAFF: "Sam Staff",
  CUSTOMER: "Casey Customer",
};

/** Creates the accounts, or resets their role and password when they already exist. */
export async function upsertDemoUsers(
  prisma: Prisma.TransactionClient,
  users: DemoUser[],
  now: Date,
): Promise<void> {
  for (const { email, role, passwordHash } of users) {
    await prisma.user.upsert({
      where: { email },
      create: { id: orderedId(), email, name: NAMES[role], role, passwordHash, emailVerified: now },
      update: { role, passwordHash },
    });
  }
}
