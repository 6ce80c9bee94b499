// The signed-in account area: navigation beside the page. Each page checks the session itself
// too (layouts do not re-run on every navigation, and actions never pass through them).
import type { ReactNode } from "react";
import { AccountNav } from "@/components/account/account-nav";
import { ADMIN_AREA_ROLES, requireUser } from "@/lib/auth";
import { signOutAction } from "../actions/sign-in";

export default async function AccountLayout({ children }: { children: ReactNode }) {
  const user = await requireUser("/account");
  return (
    <div className="mx-auto grid max-w-shop gap-8 px-4 py-10 sm:px-6 md:grid-cols-[16rem_1fr]">
      <aside>
        <AccountNav
          name={user.name ?? user.email}
          signOut={signOutAction}
          showAdmin={ADMIN_AREA_ROLES.includes(user.role)}
        />
      </aside>
      <div className="min-w-0">{children}</div>
    </div>
  );
}
