// A labelled form control with its error beside it (announced, and tied to the input through
// aria-describedby). Presentational: the form owns the value and the message.
import type { InputHTMLAttributes, ReactNode } from "react";

export interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> {
  name: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  optional?: boolean;
}

/** DOM id for a field name such as "shippingAddress.city". */
export const fieldId = (name: string) => `f-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;

export const inputClass =
  "min-h-11 w-full rounded-md border border-ink-faint bg-paper px-3 text-sm text-ink aria-[invalid=true]:border-danger";

export function FieldError({ name, error }: { name: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={`${fieldId(name)}-error`} className="mt-1 text-sm text-danger">
      {error}
    </p>
  );
}

export function Field({
  name,
  label,
  error,
  hint,
  optional = false,
  className = "",
  ...input
}: FieldProps) {
  const id = fieldId(name);
  const described =
    [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") ||
    undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-ink">
        {label}
        {optional ? <span className="font-normal text-ink-muted"> (optional)</span> : null}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        className={inputClass}
        {...input}
      />
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      <FieldError name={name} error={error} />
    </div>
  );
}
