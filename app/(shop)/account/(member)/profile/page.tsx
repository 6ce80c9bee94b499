// /account/profile — name, email (changed only after the new address confirms) and password.
import type { Metadata } from "next";
import { ActionForm } from "@/components/account/single-field-form";
import { getMyProfile } from "@/lib/accounts";
import { PASSWORD_MIN_LENGTH, requireUser } from "@/lib/auth";
import {
  changeEmailAction,
  changePasswordAction,
  updateProfileAction,
} from "../../actions/profile";

export const metadata: Metadata = { title: "Profile and security", robots: { index: false } };

const section = "rounded-card border border-paper-line p-5";

export default async function ProfilePage() {
  await requireUser("/account/profile");
  const profile = await getMyProfile();
  const current = profile.hasPassword
    ? [
        {
          name: "currentPassword",
          label: "Current password",
          type: "password" as const,
          autoComplete: "current-password",
        },
      ]
    : [];
  return (
    <div className="max-w-xl space-y-8">
      <h1 className="text-2xl font-bold tracking-tight text-ink">Profile and security</h1>
      <section aria-labelledby="name-heading" className={section}>
        <h2 id="name-heading" className="mb-4 text-lg font-semibold text-ink">
          Your name
        </h2>
        <ActionForm
          action={updateProfileAction}
          fields={[
            { name: "name", label: "Name", autoComplete: "name", defaultValue: profile.name ?? "" },
          ]}
          submitLabel="Save name"
          pendingLabel="Saving…"
        />
      </section>
      <section aria-labelledby="email-heading" className={section}>
        <h2 id="email-heading" className="text-lg font-semibold text-ink">
          Email address
        </h2>
        <p className="mt-1 mb-4 text-sm text-ink-muted">
          Now: <span className="font-medium text-ink">{profile.email}</span>
          {profile.emailVerified ? " (confirmed)" : " (not confirmed yet)"}. We send a link to the
          new address; it changes once you follow it.
        </p>
        <ActionForm
          action={changeEmailAction}
          fields={[
            { name: "email", label: "New email address", type: "email", autoComplete: "email" },
            ...current,
          ]}
          submitLabel="Change email"
          pendingLabel="Sending link…"
        />
      </section>
      <section aria-labelledby="password-heading" className={section}>
        <h2 id="password-heading" className="text-lg font-semibold text-ink">
          {profile.hasPassword ? "Change password" : "Set a password"}
        </h2>
        <p className="mt-1 mb-4 text-sm text-ink-muted">
          Changing it signs you out on every other device.
        </p>
        <ActionForm
          action={changePasswordAction}
          fields={[
            ...current,
            {
              name: "newPassword",
              label: "New password",
              type: "password",
              autoComplete: "new-password",
              hint: `At least ${PASSWORD_MIN_LENGTH} characters.`,
            },
          ]}
          submitLabel={profile.hasPassword ? "Change password" : "Set password"}
          pendingLabel="Saving…"
        />
      </section>
    </div>
  );
}
