// /account/sign-up — create a customer account; the shopper confirms the address by mail, then
// signs in (GitHub/Google sign-up signs in at once).
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/account/auth-card";
import { OAuthButtons } from "@/components/account/oauth-buttons";
import { SignUpForm } from "@/components/account/sign-up-form";
import {
  PASSWORD_MIN_LENGTH,
  enabledOAuthProviders,
  getSessionUser,
  safeReturnPath,
} from "@/lib/auth";
import { oauthSignInAction, signUpAction } from "../../actions/sign-in";
import { param, type SearchParams } from "../../search-params";

export const metadata: Metadata = { title: "Create an account", robots: { index: false } };

export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(param(params, "callbackUrl"), "/account?welcome=1");
  if (await getSessionUser()) redirect(safeReturnPath(param(params, "callbackUrl")));
  const providers = enabledOAuthProviders().map(({ id, name }) => ({ id, name }));
  return (
    <AuthCard
      title="Create an account"
      intro="Save your addresses, follow your orders and check out faster."
      footer={
        <>
          Already have an account?{" "}
          <Link href="/account/sign-in" className="font-semibold text-brand hover:underline">
            Sign in
          </Link>
        </>
      }
    >
      <SignUpForm action={signUpAction} callbackUrl={callbackUrl} minLength={PASSWORD_MIN_LENGTH} />
      <OAuthButtons providers={providers} action={oauthSignInAction} callbackUrl={callbackUrl} />
    </AuthCard>
  );
}
