// The merchant admin's frame: a skip link, a top bar with the sections this role may open, and
// the page. The sections list is given by the layout, which knows the user's role.
import Link from "next/link";
import type { ReactNode } from "react";
import { SkipLink } from "@/components/ui/skip-link";

export interface AdminSection {
  href: string;
  label: string;
}

export function AdminShell({
  sections,
  userLabel,
  roleLabel,
  children,
}: {
  sections: AdminSection[];
  userLabel: string;
  roleLabel: string;
  children: ReactNode;
}) {
  return (
    <div className="flex min-h-screen flex-col bg-paper-soft">
      <SkipLink />
      <header className="border-b border-paper-line bg-ink text-paper">
        <div className="mx-auto flex max-w-shop flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
          <Link href="/admin" className="flex min-h-11 items-center text-lg font-bold">
            Cartwright admin
          </Link>
          <nav aria-label="Admin" className="flex flex-1 flex-wrap gap-1">
            {sections.map((section) => (
              <Link
                key={section.href}
                href={section.href}
                className="inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium hover:bg-white/10"
              >
                {section.label}
              </Link>
            ))}
          </nav>
          <p className="text-sm text-paper">
            {userLabel} · {roleLabel} ·{" "}
            <Link href="/" className="font-medium underline underline-offset-4">
              Back to the shop
            </Link>
          </p>
        </div>
      </header>
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-shop flex-1 px-4 py-8 focus:outline-none sm:px-6"
      >
        {children}
      </main>
    </div>
  );
}
