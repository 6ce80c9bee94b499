// /admin/users — administrators list users, search them and change their roles.
import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/account/form-alert";
import { UsersTable } from "@/components/admin/users-table";
import { listUsers } from "@/lib/accounts";
import { ROLES, ROLE_LABELS, requireRole } from "@/lib/auth";
import { changeRoleAction } from "./actions";

export const metadata: Metadata = { title: "Users" };

type Params = Promise<Record<string, string | string[] | undefined>>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

const ERRORS: Record<string, string> = {
  conflict: "You cannot change your own role. Ask another administrator.",
  not_found: "That user no longer exists.",
  invalid: "Choose a valid role.",
  last_admin: "The shop needs at least one administrator: promote someone else first.",
  not_admin: "You are no longer an administrator.",
};

export default async function AdminUsersPage({ searchParams }: { searchParams: Params }) {
  const viewer = await requireRole("ADMIN", "/admin/users");
  const params = await searchParams;
  const q = first(params.q) ?? "";
  const { users, page, hasNext, total } = await listUsers({ q, page: first(params.page) });
  const error = first(params.error);
  const roles = ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }));
  const pageHref = (to: number) =>
    `/admin/users?${new URLSearchParams({ ...(q ? { q } : {}), page: String(to) })}`;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold tracking-tight text-ink">Users</h1>
      {first(params.saved) ? <Notice tone="success">The role was saved.</Notice> : null}
      {error ? (
        <Notice tone="warning">{ERRORS[error] ?? "That change could not be made."}</Notice>
      ) : null}
      <form role="search" action="/admin/users" method="get" className="flex max-w-md gap-2">
        <label htmlFor="user-search" className="sr-only">
          Search users by name or email
        </label>
        <input
          id="user-search"
          type="search"
          name="q"
          defaultValue={q}
          placeholder="Name or email"
          className="min-h-11 flex-1 rounded-md border border-ink-faint bg-paper px-3 text-sm"
        />
        <button
          type="submit"
          className="inline-flex min-h-11 items-center rounded-md bg-brand px-4 text-sm font-semibold text-paper hover:bg-brand-dark"
        >
          Search
        </button>
      </form>
      <p className="text-sm text-ink-muted">{total === 1 ? "1 user" : `${total} users`}</p>
      <UsersTable
        users={users}
        viewerId={viewer.id}
        roles={roles}
        onChangeRole={changeRoleAction}
      />
      {page > 1 || hasNext ? (
        <nav aria-label="Pages" className="flex justify-between text-sm font-medium">
          {page > 1 ? (
            <Link href={pageHref(page - 1)} className="text-brand hover:underline">
              Previous
            </Link>
          ) : (
            <span />
          )}
          {hasNext ? (
            <Link href={pageHref(page + 1)} className="text-brand hover:underline">
              Next
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
