"use client";
// Email and password sign-in. The action answers with one message for every failure, so the
// form never says whether the email has an account.
import Link from "next/link";
import { useActionState } from "react";
import type { FormState } from "@/lib/forms/client";
import { FormAlert } from "./form-alert";
import { SubmitButton } from "./submit-button";
import { TextField } from "./text-field";
import type { FormAction } from "./types";

const initial: FormState = { status: "idle" };

export function SignInForm({
  action,
  callbackUrl,
  defaultEmail,
}: {
  action: FormAction;
  callbackUrl: string;
  defaultEmail?: string;
}) {
  const [state, formAction] = useActionState(action, initial);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email ?? defaultEmail}
        errors={state.fieldErrors?.email}
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        errors={state.fieldErrors?.password}
      />
      <div className="flex items-center justify-between gap-4">
        <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
        <Link
          href="/account/forgot-password"
          className="text-sm font-medium text-brand hover:underline"
        >
          Forgot your password?
        </Link>
      </div>
    </form>
  );
}
