"use server";
// Sign in, sign up, sign out and OAuth: each action checks its input with the shared schema and
// leaves the decisions (limits, policy, accounts) to lib/auth. Sign-up does not sign in: its
// answer must not say whether the address already had an account.
import { redirect } from "next/navigation";
import {
  actionIp,
  authenticate,
  boundary,
  enabledOAuthProviders,
  isForeignOrigin,
  registerCustomer,
  safeReturnPath,
  signInSchema,
  signUpSchema,
} from "@/lib/auth";
import {
  echoValues,
  fieldErrorsOf,
  formError,
  formSuccess,
  formValues,
  type FormState,
} from "@/lib/forms";
import { describeWait } from "@/lib/rate-limit";

const FOREIGN = formError("This form must be sent from this site.");

export async function signInAction(_state: FormState, formData: FormData): Promise<FormState> {
  if (await isForeignOrigin()) return FOREIGN;
  const values = formValues(formData, ["email", "password", "callbackUrl"] as const);
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success)
    return formError("Please check the highlighted fields.", {
      fieldErrors: fieldErrorsOf(parsed.error),
      values: echoValues(values),
    });
  const result = await authenticate({ ...parsed.data, ip: await actionIp() });
  if (!result.ok) {
    const message =
      result.reason === "rate_limited"
        ? `Too many sign-in attempts. Please try again in ${describeWait(result.retryAfterSeconds)}, or reset your password.`
        : "Email or password is incorrect.";
    return formError(message, { values: echoValues(values) });
  }
  return (await boundary()).startSession(result.user.id, safeReturnPath(values.callbackUrl));
}

export async function signUpAction(_state: FormState, formData: FormData): Promise<FormState> {
  if (await isForeignOrigin()) return FOREIGN;
  const values = formValues(formData, ["name", "email", "password"] as const);
  const parsed = signUpSchema.safeParse(values);
  if (!parsed.success)
    return formError("Please check the highlighted fields.", {
      fieldErrors: fieldErrorsOf(parsed.error),
      values: echoValues(values),
    });
  const result = await registerCustomer(parsed.data, await actionIp());
  if (!result.ok)
    return formError(
      `Too many new accounts from here. Please try again in ${describeWait(result.retryAfterSeconds)}.`,
      { values: echoValues(values) },
    );
  // The same answer whether or not the address already has an account: the mail tells which.
  return formSuccess(
    `Check your email: we have sent a message to ${parsed.data.email}. Follow the link in it to confirm your address, then sign in.`,
  );
}

export async function signOutAction(): Promise<void> {
  if (await isForeignOrigin()) redirect("/");
  await (await boundary()).endSession("/");
}

/** Starts GitHub or Google sign-in; only providers whose keys are configured exist. */
export async function oauthSignInAction(formData: FormData): Promise<void> {
  if (await isForeignOrigin()) redirect("/account/sign-in");
  const provider = enabledOAuthProviders().find((p) => p.id === formData.get("provider"));
  if (!provider) redirect("/account/sign-in");
  const { signIn } = await import("@/auth");
  await signIn(provider.id, { redirectTo: safeReturnPath(formData.get("callbackUrl")) });
}
