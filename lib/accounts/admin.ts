// User administration (ADMIN only) and the admin dashboard's figures (STAFF and ADMIN). Role
// changes are written to the audit log with who made them and from where.
import { recordAudit } from "@/lib/audit";
import {
  ADMIN_AREA_ROLES,
  countUsersWithRole,
  roleOrThrow,
  searchUsers,
  setUserRole,
  type Role,
} from "@/lib/auth";
import { inTransaction } from "@/lib/db";
import { countOrdersByUser, countOrdersPlaced } from "@/lib/orders";
import { AccountError } from "./errors";
import { changeRoleSchema, userSearchSchema } from "./schemas";
import type { UserListItem } from "./types";

export const USERS_PER_PAGE = 25;

export async function listUsers(input: {
  q?: unknown;
  page?: unknown;
}): Promise<{ users: UserListItem[]; page: number; hasNext: boolean; total: number }> {
  await roleOrThrow("ADMIN");
  const { q, page } = userSearchSchema.parse(input);
  const { rows, total } = await searchUsers({
    q,
    skip: (page - 1) * USERS_PER_PAGE,
    take: USERS_PER_PAGE + 1,
  });
  const shown = rows.slice(0, USERS_PER_PAGE);
  const orders = await countOrdersByUser(shown.map((user) => user.id));
  return {
    users: shown.map((user) => ({ ...user, orderCount: orders.get(user.id) ?? 0 })),
    page,
    hasNext: rows.length > USERS_PER_PAGE,
    total,
  };
}

/**
 * Changes a user's role. An admin cannot change their own, and the last ADMIN cannot be demoted:
 * setUserRole decides that under a lock, so two admins demoting each other at once leave one.
 */
export async function changeUserRole(
  input: { userId: string; role: string },
  meta: { ip?: string } = {},
): Promise<{ from: Role; to: Role }> {
  const actor = await roleOrThrow("ADMIN");
  const parsed = changeRoleSchema.safeParse(input);
  if (!parsed.success) throw new AccountError("invalid", "Choose a valid role.");
  const { userId, role } = parsed.data;
  if (userId === actor.id)
    throw new AccountError(
      "conflict",
      "You cannot change your own role. Ask another administrator.",
    );
  return inTransaction(async (tx) => {
    const result = await setUserRole(tx, userId, role, { actorId: actor.id });
    if (!result.ok) throw roleRefusal(result.reason);
    const { from } = result;
    if (from !== role) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: "user.role_changed",
        entityType: "User",
        entityId: userId,
        data: { from, to: role },
        ip: meta.ip ?? null,
      });
    }
    return { from, to: role };
  });
}

function roleRefusal(reason: "not_found" | "last_admin" | "actor_not_admin"): AccountError {
  if (reason === "not_found") return new AccountError("not_found", "That user does not exist.");
  if (reason === "last_admin")
    return new AccountError(
      "last_admin",
      "The shop needs at least one administrator: promote someone else first.",
    );
  return new AccountError("not_admin", "You are no longer an administrator.");
}

export interface AdminOverview {
  customers: number;
  staff: number;
  ordersPlaced: number;
}

export async function getAdminOverview(): Promise<AdminOverview> {
  await roleOrThrow(...ADMIN_AREA_ROLES);
  const [customers, staff, ordersPlaced] = await Promise.all([
    countUsersWithRole(["CUSTOMER"]),
    countUsersWithRole(ADMIN_AREA_ROLES),
    countOrdersPlaced(),
  ]);
  return { customers, staff, ordersPlaced };
}
