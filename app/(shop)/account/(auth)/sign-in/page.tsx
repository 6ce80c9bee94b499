// /account/sign-in — email and password, plus GitHub/Google when configured. Also Auth.js's
// error page: failures come back here with ?error=…, shown without saying which part was wrong.
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/account/auth-card";
import { Notice } from "@/components/account/form-alert";
import { OAuthButtons } from "@/components/account/oauth-buttons";
import { SignInForm } from "@/components/account/sign-in-form";
import { enabledOAuthProviders, getSessionUser, safeReturnPath } from "@/lib/auth";
import { oauthSignInAction, signInAction } from "../../actions/sign-in";
import { param, type SearchParams } from "../../search-params";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

const ERRORS: Record<string, string> = {
  OAuthAccountNotLinked: "This email already has an account. Sign in with your password instead.",
  AccessDenied: "Sign-in was refused.",
  CredentialsSignin: "Email or password is incorrect.",
};

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(param(params, "callbackUrl"));
  if (await getSessionUser()) redirect(callbackUrl);
  const error = param(params, "error");
  const errorMessage =
    error === "CredentialsSignin" && param(params, "code") === "rate_limited"
      ? "Too many sign-in attempts. Please wait a few minutes and try again."
      : error
        ? (ERRORS[error] ?? "Sign-in failed. Please try again.")
        : null;
  const providers = enabledOAuthProviders().map(({ id, name }) => ({ id, name }));
  const signUpHref = `/account/sign-up${callbackUrl !== "/account" ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`;

  return (
    <AuthCard
      title="Sign in"
      footer={
        <>
          New to Cartwright?{" "}
          <Link href={signUpHref} className="font-semibold text-brand hover:underline">
            Create an account
          </Link>
        </>
      }
    >
      <div className="space-y-4">
        {param(params, "reset") ? (
          <Notice tone="success">Your password was changed. Sign in with your new password.</Notice>
        ) : null}
        {errorMessage ? <Notice tone="warning">{errorMessage}</Notice> : null}
        <SignInForm
          action={signInAction}
          callbackUrl={callbackUrl}
          defaultEmail={param(params, "email")}
        />
      </div>
      <OAuthButtons providers={providers} action={oauthSignInAction} callbackUrl={callbackUrl} />
    </AuthCard>
  );
}
