// The user rows other modules need (accounts' profile and user administration): the User table
// is auth's, so they read and change it only through these.
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "./roles";

/** Who a user is, as sessions and lists read it. */
export const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  emailVerified: true,
} as const;

export interface UserRow {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  emailVerified: boolean;
  createdAt: Date;
}

/** A page of users matching `q` (email or name), newest first, and how many match in all. */
export async function searchUsers(input: {
  q?: string;
  skip: number;
  take: number;
}): Promise<{ rows: UserRow[]; total: number }> {
  const where: Prisma.UserWhereInput = input.q
    ? {
        OR: [
          { email: { contains: input.q, mode: "insensitive" } },
          { name: { contains: input.q, mode: "insensitive" } },
        ],
      }
    : {};
  const prisma = await db();
  const [rows, total] = await Promise.all([
    prisma.user.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: input.take,
      skip: input.skip,
      select: { ...userSelect, createdAt: true },
    }),
    prisma.user.count({ where }),
  ]);
  return {
    rows: rows.map((row) => ({ ...row, emailVerified: row.emailVerified !== null })),
    total,
  };
}

/** The addresses of every user with `role` (the admins an operational alert goes to). */
export async function emailsOfRole(role: Role): Promise<string[]> {
  const rows = await (
    await db()
  ).user.findMany({ where: { role }, select: { email: true }, orderBy: { createdAt: "asc" } });
  return rows.map((row) => row.email);
}

export async function countUsersWithRole(roles: readonly Role[]): Promise<number> {
  return (await db()).user.count({ where: { role: { in: [...roles] } } });
}

export type SetRoleResult =
  { ok: true; from: Role } | { ok: false; reason: "not_found" | "last_admin" | "actor_not_admin" };

/**
 * Sets a user's role in the caller's transaction, keeping at least one ADMIN. Every role change
 * takes one transaction-scoped advisory lock first, so two admins demoting each other at once
 * queue: the second reads the first's committed change (a fresh snapshot per statement) and is
 * refused instead of leaving the shop with no admin. With `actorId`, the actor must still be an
 * ADMIN at that moment (their own role may just have been taken away).
 */
export async function setUserRole(
  tx: Tx,
  userId: string,
  role: Role,
  options: { actorId?: string } = {},
): Promise<SetRoleResult> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('auth:user-roles'))`;
  if (options.actorId) {
    const actor = await tx.user.findUnique({
      where: { id: options.actorId },
      select: { role: true },
    });
    if (actor?.role !== "ADMIN") return { ok: false, reason: "actor_not_admin" };
  }
  const target = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
  if (!target) return { ok: false, reason: "not_found" };
  if (target.role === "ADMIN" && role !== "ADMIN") {
    const admins = await tx.user.count({ where: { role: "ADMIN" } });
    if (admins <= 1) return { ok: false, reason: "last_admin" };
  }
  if (target.role !== role) await tx.user.update({ where: { id: userId }, data: { role } });
  return { ok: true, from: target.role };
}

/** Locks the user's row, so changes to what hangs off one user (addresses) queue one after another. */
export async function lockUserRow(tx: Tx, userId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
}

export async function setUserName(userId: string, name: string): Promise<void> {
  await (await db()).user.update({ where: { id: userId }, data: { name } });
}

export async function userCreatedAt(userId: string): Promise<Date> {
  const row = await (
    await db()
  ).user.findUniqueOrThrow({ where: { id: userId }, select: { createdAt: true } });
  return row.createdAt;
}
