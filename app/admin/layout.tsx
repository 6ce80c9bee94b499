// /admin — the merchant area, for STAFF and ADMIN. Every admin page and action checks the role
// again itself: this layout is navigation, not the lock.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AdminShell, type AdminSection } from "@/components/admin/admin-shell";
import { ADMIN_AREA_ROLES, ROLE_LABELS, requireRole } from "@/lib/auth";

export const metadata: Metadata = {
  title: { default: "Admin", template: "%s · Admin · Cartwright" },
  robots: { index: false },
};

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireRole(ADMIN_AREA_ROLES, "/admin");
  const sections: AdminSection[] = [
    { href: "/admin", label: "Dashboard" },
    ...(user.role === "ADMIN" ? [{ href: "/admin/users", label: "Users" }] : []),
  ];
  return (
    <AdminShell
      sections={sections}
      userLabel={user.name ?? user.email}
      roleLabel={ROLE_LABELS[user.role]}
    >
      {children}
    </AdminShell>
  );
}
