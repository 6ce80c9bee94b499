// User administration (ADMIN only) and the admin dashboard's figures (STAFF and ADMIN). Role
// changes are written to the audit log with who made them and from where.
import { ADMIN_AREA_ROLES, roleOrThrow, type Role } from "@/lib/auth";
import { db, inTransaction } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { countOrdersPlaced } from "@/lib/orders";
import { AccountError } from "./errors";
import { changeRoleSchema, userSearchSchema } from "./schemas";
import type { UserListItem } from "./types";

export const USERS_PER_PAGE = 25;

export async function listUsers(input: { q?: unknown; page?: unknown }): Promise<{ users: UserListItem[]; page: number; hasNext: boolean; total: number }> {
  await roleOrThrow("ADMIN");
  const { q, page } = userSearchSchema.parse(input);
  const where: Prisma.UserWhereInput = q
    ? { OR: [{ email: { contains: q, mode: "insensitive" } }, { name: { contains: q, mode: "insensitive" } }] }
    : {};
  const prisma = await db();
  const [rows, total] = await Promise.all([
    prisma.user.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: USERS_PER_PAGE + 1,
      skip: (page - 1) * USERS_PER_PAGE,
      select: { id: true, email: true, name: true, role: true, emailVerified: true, createdAt: true, _count: { select: { orders: true } } },
    }),
    prisma.user.count({ where }),
  ]);
  return {
    users: rows.slice(0, USERS_PER_PAGE).map(({ _count, emailVerified, ...user }) => ({ ...user, emailVerified: emailVerified !== null, orderCount: _count.orders })),
    page,
    hasNext: rows.length > USERS_PER_PAGE,
    total,
  };
}

/** Changes a user's role. An admin cannot change their own (so the shop never loses its last admin by accident). */
export async function changeUserRole(input: { userId: string; role: string }, meta: { ip?: string } = {}): Promise<{ from: Role; to: Role }> {
  const actor = await roleOrThrow("ADMIN");
  const parsed = changeRoleSchema.safeParse(input);
  if (!parsed.success) throw new AccountError("invalid", "Choose a valid role.");
  const { userId, role } = parsed.data;
  if (userId === actor.id) throw new AccountError("conflict", "You cannot change your own role. Ask another administrator.");
  return inTransaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (!target) throw new AccountError("not_found", "That user does not exist.");
    if (target.role !== role) {
      await tx.user.update({ where: { id: userId }, data: { role } });
      await tx.auditLog.create({
        data: { actorId: actor.id, action: "user.role_changed", entityType: "User", entityId: userId, data: { from: target.role, to: role }, ip: meta.ip ?? null },
      });
    }
    return { from: target.role, to: role };
  });
}

export interface AdminOverview {
  customers: number;
  staff: number;
  ordersPlaced: number;
}

export async function getAdminOverview(): Promise<AdminOverview> {
  await roleOrThrow(...ADMIN_AREA_ROLES);
  const prisma = await db();
  const [customers, staff, ordersPlaced] = await Promise.all([
    prisma.user.count({ where: { role: "CUSTOMER" } }),
    prisma.user.count({ where: { role: { in: [...ADMIN_AREA_ROLES] } } }),
    countOrdersPlaced(),
  ]);
  return { customers, staff, ordersPlaced };
}
