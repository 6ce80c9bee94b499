"use server";
// Forgotten password and email confirmation links: the actions behind the pages those mails
// point to. Messages never say whether an address has an account.
import { redirect } from "next/navigation";
import {
  actionIp,
  confirmEmail,
  forgotPasswordSchema,
  isForeignOrigin,
  requestPasswordReset,
  resetPassword,
  resetPasswordSchema,
  tokenSchema,
} from "@/lib/auth";
import { fieldErrorsOf, formError, formSuccess, formValues, type FormState } from "@/lib/forms";
import { describeWait } from "@/lib/rate-limit";

const FOREIGN = formError("This form must be sent from this site.");
const BAD_LINK = "This link is invalid or has expired. Ask for a new one.";

export async function forgotPasswordAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  if (await isForeignOrigin()) return FOREIGN;
  const values = formValues(formData, ["email"] as const);
  const parsed = forgotPasswordSchema.safeParse(values);
  if (!parsed.success)
    return formError("Please check the highlighted field.", {
      fieldErrors: fieldErrorsOf(parsed.error),
      values,
    });
  const result = await requestPasswordReset({ email: parsed.data.email, ip: await actionIp() });
  if (!result.ok)
    return formError(
      `Too many requests. Please try again in ${describeWait(result.retryAfterSeconds)}.`,
      { values },
    );
  return formSuccess(
    `If an account exists for ${parsed.data.email}, we have sent it a link to choose a new password. The link works for one hour.`,
  );
}

export async function resetPasswordAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  if (await isForeignOrigin()) return FOREIGN;
  const parsed = resetPasswordSchema.safeParse(
    formValues(formData, ["token", "password"] as const),
  );
  if (!parsed.success)
    return formError("Please check the highlighted field.", {
      fieldErrors: fieldErrorsOf(parsed.error),
    });
  const result = await resetPassword({ ...parsed.data, ip: await actionIp() });
  if (result.ok) redirect(`/account/sign-in?reset=1&email=${encodeURIComponent(result.email)}`);
  if (result.reason === "weak_password")
    return formError("Please choose a different password.", {
      fieldErrors: { password: result.problems },
    });
  if (result.reason === "rate_limited")
    return formError(
      `Too many attempts. Please try again in ${describeWait(result.retryAfterSeconds)}.`,
    );
  return formError(BAD_LINK);
}

export async function confirmEmailAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  if (await isForeignOrigin()) return FOREIGN;
  const values = formValues(formData, ["token", "kind"] as const);
  const token = tokenSchema.safeParse(values.token);
  if (!token.success) return formError(BAD_LINK);
  const result = await confirmEmail({
    token: token.data,
    kind: values.kind === "change" ? "change" : "verify",
    ip: await actionIp(),
  });
  if (result.ok) return formSuccess(`Thank you: ${result.email} is confirmed.`);
  if (result.reason === "email_taken")
    return formError("Another account now uses this address, so we could not switch yours to it.");
  if (result.reason === "stale")
    return formError("Your account no longer uses this address, so there is nothing to confirm.");
  if (result.reason === "rate_limited")
    return formError(
      `Too many attempts. Please try again in ${describeWait(result.retryAfterSeconds)}.`,
    );
  return formError(BAD_LINK);
}
