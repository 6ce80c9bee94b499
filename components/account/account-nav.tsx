// The signed-in account area's navigation and sign-out button.
import Link from "next/link";
import type { PlainAction } from "./types";

const LINKS = [
  { href: "/account", label: "Overview" },
  { href: "/account/orders", label: "Orders" },
  { href: "/account/addresses", label: "Addresses" },
  { href: "/account/profile", label: "Profile and security" },
] as const;

export function AccountNav({
  name,
  signOut,
  showAdmin,
}: {
  name: string;
  signOut: PlainAction;
  showAdmin: boolean;
}) {
  return (
    <nav aria-label="Account" className="rounded-card border border-paper-line bg-paper-soft p-4">
      <p className="px-2 text-sm text-ink-muted">
        Signed in as <span className="font-semibold text-ink">{name}</span>
      </p>
      <ul className="mt-3 space-y-1">
        {LINKS.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              className="flex min-h-11 items-center rounded-md px-2 text-sm font-medium text-ink hover:bg-paper hover:text-brand"
            >
              {link.label}
            </Link>
          </li>
        ))}
        {showAdmin ? (
          <li>
            <Link
              href="/admin"
              className="flex min-h-11 items-center rounded-md px-2 text-sm font-medium text-ink hover:bg-paper hover:text-brand"
            >
              Shop admin
            </Link>
          </li>
        ) : null}
      </ul>
      <form action={signOut} className="mt-3 border-t border-paper-line pt-3">
        <button
          type="submit"
          className="flex min-h-11 w-full items-center rounded-md px-2 text-left text-sm font-medium text-ink hover:bg-paper hover:text-danger"
        >
          Sign out
        </button>
      </form>
    </nav>
  );
}
