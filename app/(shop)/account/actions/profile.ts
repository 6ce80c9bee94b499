"use server";
// The profile page's forms: name, email (confirmed by mail before it changes) and password.
// Every action finds the user from the session itself; signed out, it redirects to sign-in.
import {
  changePassword,
  emailSchema,
  isForeignOrigin,
  requestEmailChange,
  requireUser,
  resendEmailVerification,
  type SecurityChangeResult,
} from "@/lib/auth";
import { fieldErrorsOf, formError, formSuccess, formValues, type FormState } from "@/lib/forms";
import { profileSchema, updateMyProfile } from "@/lib/accounts";

const FOREIGN = formError("This form must be sent from this site.");

function fromSecurityResult(result: SecurityChangeResult, success: string): FormState {
  if (result.ok) return formSuccess(success);
  return formError(
    result.message,
    result.field ? { fieldErrors: { [result.field]: [result.message] } } : {},
  );
}

export async function updateProfileAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  if (await isForeignOrigin()) return FOREIGN;
  await requireUser("/account/profile");
  const values = formValues(formData, ["name"] as const);
  const parsed = profileSchema.safeParse(values);
  if (!parsed.success)
    return formError("Please check the highlighted field.", {
      fieldErrors: fieldErrorsOf(parsed.error),
      values,
    });
  await updateMyProfile(parsed.data);
  return formSuccess("Your name was saved.");
}

export async function changeEmailAction(_state: FormState, formData: FormData): Promise<FormState> {
  if (await isForeignOrigin()) return FOREIGN;
  await requireUser("/account/profile");
  const values = formValues(formData, ["email", "currentPassword"] as const);
  const email = emailSchema.safeParse(values.email);
  if (!email.success)
    return formError("Please check the highlighted field.", {
      fieldErrors: { email: email.error.issues.map((i) => i.message) },
      values: { email: values.email },
    });
  const result = await requestEmailChange({
    email: email.data,
    currentPassword: values.currentPassword,
  });
  return fromSecurityResult(
    result,
    `We sent a confirmation link to ${email.data}. Your email changes once you follow it.`,
  );
}

export async function changePasswordAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  if (await isForeignOrigin()) return FOREIGN;
  await requireUser("/account/profile");
  const values = formValues(formData, ["currentPassword", "newPassword"] as const);
  if (!values.newPassword)
    return formError("Please check the highlighted field.", {
      fieldErrors: { newPassword: ["Enter a new password"] },
    });
  const result = await changePassword(values);
  return fromSecurityResult(result, "Your password was changed. Other devices were signed out.");
}

export async function resendVerificationAction(_state: FormState): Promise<FormState> {
  if (await isForeignOrigin()) return FOREIGN;
  await requireUser("/account");
  const result = await resendEmailVerification();
  return fromSecurityResult(result, "We sent you a new confirmation link.");
}
