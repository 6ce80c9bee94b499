// A labelled input with its hint and error messages tied to it for screen readers.
import type { InputHTMLAttributes } from "react";

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  /** Keeps ids unique when two forms on a page have a field of the same name. */
  idPrefix?: string;
}

export function TextField({
  name,
  label,
  hint,
  errors,
  idPrefix = "field",
  className = "",
  ...input
}: TextFieldProps) {
  const id = `${idPrefix}-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
        {input.required ? null : <span className="font-normal text-ink-muted"> (optional)</span>}
      </label>
      {hint ? (
        <p id={hintId} className="mt-1 text-xs text-ink-muted">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className="mt-1 block min-h-11 w-full rounded-md border border-ink-faint bg-paper px-3 text-sm text-ink aria-invalid:border-danger"
        {...input}
      />
      {errorId ? (
        <p id={errorId} className="mt-1 text-sm text-danger">
          {errors?.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
