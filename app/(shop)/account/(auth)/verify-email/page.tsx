// /account/verify-email?token=…[&kind=change] — confirm an address from the mailed link. A
// button, not the visit itself, uses the token: mail scanners that open links change nothing.
import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/account/auth-card";
import { ActionForm } from "@/components/account/single-field-form";
import { confirmEmailAction } from "../../actions/password";
import { param, type SearchParams } from "../../search-params";

export const metadata: Metadata = {
  title: "Confirm your email",
  robots: { index: false },
  referrer: "no-referrer",
};

export default async function VerifyEmailPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const kind = param(params, "kind") === "change" ? "change" : "verify";
  return (
    <AuthCard
      title={kind === "change" ? "Confirm your new email" : "Confirm your email"}
      intro="Press the button to confirm that this address is yours."
      footer={
        <Link href="/account" className="font-semibold text-brand hover:underline">
          Go to your account
        </Link>
      }
    >
      <ActionForm
        action={confirmEmailAction}
        hidden={{ token: param(params, "token") ?? "", kind }}
        fields={[]}
        submitLabel="Confirm email address"
        pendingLabel="Confirming…"
        hideOnSuccess
      />
    </AuthCard>
  );
}
