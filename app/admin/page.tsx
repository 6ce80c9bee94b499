// /admin — the dashboard: a few figures for staff and administrators.
import type { Metadata } from "next";
import { StatCard } from "@/components/admin/stat-card";
import { getAdminOverview } from "@/lib/accounts";
import { ADMIN_AREA_ROLES, requireRole } from "@/lib/auth";

export const metadata: Metadata = { title: "Dashboard" };

const count = new Intl.NumberFormat("en-US");

export default async function AdminDashboardPage() {
  await requireRole(ADMIN_AREA_ROLES, "/admin");
  const overview = await getAdminOverview();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold tracking-tight text-ink">Dashboard</h1>
      <div className="grid gap-4 sm:grid-cols-3">
        <StatCard
          label="Orders placed"
          value={count.format(overview.ordersPlaced)}
          hint="All time, any status"
        />
        <StatCard label="Customers" value={count.format(overview.customers)} />
        <StatCard label="Staff and administrators" value={count.format(overview.staff)} />
      </div>
    </div>
  );
}
