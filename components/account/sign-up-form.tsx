"use client";
// Creating an account: name, email and a password checked against the policy on the server,
// with each problem shown beside its field. Once sent, only "check your email" remains: the
// next step is in the mail, whether the address was new or already had an account.
import { useActionState } from "react";
import type { FormState } from "@/lib/forms/client";
import { FormAlert } from "./form-alert";
import { SubmitButton } from "./submit-button";
import { TextField } from "./text-field";
import type { FormAction } from "./types";

const initial: FormState = { status: "idle" };

export function SignUpForm({
  action,
  callbackUrl,
  minLength,
}: {
  action: FormAction;
  callbackUrl: string;
  minLength: number;
}) {
  const [state, formAction] = useActionState(action, initial);
  if (state.status === "success") return <FormAlert state={state} />;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        name="name"
        label="Name"
        autoComplete="name"
        required
        defaultValue={state.values?.name}
        errors={state.fieldErrors?.name}
      />
      <TextField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={minLength}
        hint={`At least ${minLength} characters. A few unrelated words make a strong, memorable password.`}
        errors={state.fieldErrors?.password}
      />
      <SubmitButton pendingLabel="Creating your account…">Create account</SubmitButton>
    </form>
  );
}
