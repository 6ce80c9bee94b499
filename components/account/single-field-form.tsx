"use client";
// A small form around one action: forgotten password, new password, confirm email, resend.
// Fields are given as data so the same component serves each of them.
import { useActionState, useId } from "react";
import type { FormState } from "@/lib/forms/client";
import { FormAlert } from "./form-alert";
import { SubmitButton } from "./submit-button";
import { TextField } from "./text-field";
import type { FormAction } from "./types";

export interface FieldSpec {
  name: string;
  label: string;
  type?: "email" | "password" | "text";
  autoComplete?: string;
  hint?: string;
  defaultValue?: string;
  required?: boolean;
}

export interface ActionFormProps {
  action: FormAction;
  fields: FieldSpec[];
  hidden?: Record<string, string>;
  submitLabel: string;
  pendingLabel?: string;
  /** Hide the fields once the action succeeded (e.g. "we sent you a link"). */
  hideOnSuccess?: boolean;
  variant?: "primary" | "secondary";
}

const initial: FormState = { status: "idle" };

export function ActionForm({
  action,
  fields,
  hidden = {},
  submitLabel,
  pendingLabel,
  hideOnSuccess = false,
  variant,
}: ActionFormProps) {
  const [state, formAction] = useActionState(action, initial);
  const idPrefix = useId().replace(/[^A-Za-z0-9_-]/g, "");
  if (hideOnSuccess && state.status === "success") return <FormAlert state={state} />;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormAlert state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) => (
        <TextField
          key={field.name}
          idPrefix={idPrefix}
          name={field.name}
          label={field.label}
          type={field.type ?? "text"}
          autoComplete={field.autoComplete}
          hint={field.hint}
          required={field.required ?? true}
          defaultValue={
            field.type === "password"
              ? undefined
              : (state.values?.[field.name] ?? field.defaultValue)
          }
          errors={state.fieldErrors?.[field.name]}
        />
      ))}
      <SubmitButton pendingLabel={pendingLabel} variant={variant}>
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
