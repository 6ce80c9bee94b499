// /account/reset-password?token=… — choose a new password from the mailed link. The page only
// looks at the token; it is used up when the new password is saved.
import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/account/auth-card";
import { Notice } from "@/components/account/form-alert";
import { ActionForm } from "@/components/account/single-field-form";
import { PASSWORD_MIN_LENGTH, isResetTokenLive, tokenSchema } from "@/lib/auth";
import { resetPasswordAction } from "../../actions/password";
import { param, type SearchParams } from "../../search-params";

export const metadata: Metadata = {
  title: "Choose a new password",
  robots: { index: false },
  referrer: "no-referrer",
};

export default async function ResetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const token = tokenSchema.safeParse(param(await searchParams, "token"));
  const live = token.success && (await isResetTokenLive(token.data));
  return (
    <AuthCard
      title="Choose a new password"
      footer={
        <Link href="/account/sign-in" className="font-semibold text-brand hover:underline">
          Back to sign in
        </Link>
      }
    >
      {live && token.success ? (
        <ActionForm
          action={resetPasswordAction}
          hidden={{ token: token.data }}
          fields={[
            {
              name: "password",
              label: "New password",
              type: "password",
              autoComplete: "new-password",
              hint: `At least ${PASSWORD_MIN_LENGTH} characters.`,
            },
          ]}
          submitLabel="Save new password"
          pendingLabel="Saving…"
        />
      ) : (
        <div className="space-y-4">
          <Notice tone="warning">
            This link is invalid or has expired. Reset links work once, for one hour.
          </Notice>
          <Link
            href="/account/forgot-password"
            className="inline-flex min-h-11 items-center font-semibold text-brand hover:underline"
          >
            Ask for a new link
          </Link>
        </div>
      )}
    </AuthCard>
  );
}
