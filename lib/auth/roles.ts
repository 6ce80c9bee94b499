// Roles and what each may reach. No server imports: components and proxy.ts use these too.

export const ROLES = ["CUSTOMER", "STAFF", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

/** Who may enter /admin. User management is ADMIN only. */
export const ADMIN_AREA_ROLES: readonly Role[] = ["STAFF", "ADMIN"];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export const ROLE_LABELS: Record<Role, string> = {
  CUSTOMER: "Customer",
  STAFF: "Staff",
  ADMIN: "Administrator",
};
