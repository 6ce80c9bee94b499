// The user list for administrators, with a role picker per user (not for the viewer's own row).
import type { UserListItem } from "@/lib/accounts";
import type { Role } from "@/lib/auth";

export interface UsersTableProps {
  users: UserListItem[];
  viewerId: string;
  roles: Array<{ value: Role; label: string }>;
  onChangeRole: (formData: FormData) => Promise<void>;
}

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export function UsersTable({ users, viewerId, roles, onChangeRole }: UsersTableProps) {
  const roleLabel = (role: Role) => roles.find((r) => r.value === role)?.label ?? role;
  return (
    <div className="overflow-x-auto rounded-card border border-paper-line bg-paper">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Users</caption>
        <thead className="border-b border-paper-line bg-paper-soft text-ink-muted">
          <tr>
            <th scope="col" className="px-4 py-3 font-medium">
              User
            </th>
            <th scope="col" className="px-4 py-3 font-medium">
              Joined
            </th>
            <th scope="col" className="px-4 py-3 font-medium">
              Orders
            </th>
            <th scope="col" className="px-4 py-3 font-medium">
              Role
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-paper-line">
          {users.map((user) => (
            <tr key={user.id} data-testid="user-row">
              <td className="px-4 py-3">
                <span className="block font-medium text-ink">{user.name ?? "—"}</span>
                <span className="block text-ink-muted">
                  {user.email}
                  {user.emailVerified ? "" : " (unconfirmed)"}
                </span>
              </td>
              <td className="px-4 py-3 text-ink">{dateFormat.format(user.createdAt)}</td>
              <td className="px-4 py-3 text-ink">{user.orderCount}</td>
              <td className="px-4 py-3">
                {user.id === viewerId ? (
                  <span className="text-ink">{roleLabel(user.role)} (you)</span>
                ) : (
                  <form action={onChangeRole} className="flex items-center gap-2">
                    <input type="hidden" name="userId" value={user.id} />
                    <label htmlFor={`role-${user.id}`} className="sr-only">
                      Role of {user.email}
                    </label>
                    <select
                      id={`role-${user.id}`}
                      name="role"
                      defaultValue={user.role}
                      className="min-h-11 rounded-md border border-ink-faint bg-paper px-2 text-sm text-ink"
                    >
                      {roles.map((role) => (
                        <option key={role.value} value={role.value}>
                          {role.label}
                        </option>
                      ))}
                    </select>
                    <button
                      type="submit"
                      className="inline-flex min-h-11 items-center rounded-md border border-ink-faint px-3 text-sm font-medium text-ink hover:bg-paper-soft"
                    >
                      Save<span className="sr-only"> role of {user.email}</span>
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
