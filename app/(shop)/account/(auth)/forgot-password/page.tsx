// /account/forgot-password — ask for a reset link. The answer is the same for every address.
import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/account/auth-card";
import { ActionForm } from "@/components/account/single-field-form";
import { forgotPasswordAction } from "../../actions/password";

export const metadata: Metadata = { title: "Forgot your password?", robots: { index: false } };

export default function ForgotPasswordPage() {
  return (
    <AuthCard
      title="Forgot your password?"
      intro="Enter the email address of your account and we will send you a link to choose a new password."
      footer={
        <Link href="/account/sign-in" className="font-semibold text-brand hover:underline">
          Back to sign in
        </Link>
      }
    >
      <ActionForm
        action={forgotPasswordAction}
        fields={[{ name: "email", label: "Email", type: "email", autoComplete: "email" }]}
        submitLabel="Send me a link"
        pendingLabel="Sending…"
        hideOnSuccess
      />
    </AuthCard>
  );
}
