"use client";
// The discount code box: type a code and apply it, or remove the one applied. Whether a code
// is valid (dates, minimum, usage limits) is the server's answer, shown beside the field.
import { useState, useTransition } from "react";
import { FieldError, fieldId, inputClass } from "./field";

export interface DiscountFieldProps {
  applied: string | null;
  error?: string;
  onApply(code: string): Promise<void>;
}

export function DiscountField({ applied, error, onApply }: DiscountFieldProps) {
  const [code, setCode] = useState("");
  const [pending, start] = useTransition();
  const id = fieldId("discountCode");
  if (applied) {
    return (
      <div className="flex items-center justify-between gap-2 text-sm">
        <p>
          Code <strong data-testid="applied-discount">{applied}</strong> applied
        </p>
        <button
          type="button"
          disabled={pending}
          onClick={() => start(() => onApply(""))}
          className="min-h-11 rounded-md px-3 font-medium text-danger hover:bg-paper disabled:opacity-60"
        >
          Remove<span className="sr-only"> code {applied}</span>
        </button>
      </div>
    );
  }
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-ink">
        Discount code
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          name="discountCode"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          onKeyDown={(event) => {
            // Enter applies the code instead of submitting the whole checkout.
            if (event.key === "Enter") {
              event.preventDefault();
              if (code.trim()) start(() => onApply(code.trim()));
            }
          }}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className={inputClass}
        />
        <button
          type="button"
          disabled={pending || !code.trim()}
          onClick={() => start(() => onApply(code.trim()))}
          className="min-h-11 shrink-0 rounded-md border border-ink-faint bg-paper px-4 text-sm font-semibold text-ink hover:bg-paper-soft disabled:opacity-60"
        >
          {pending ? "Applying…" : "Apply"}
        </button>
      </div>
      <FieldError name="discountCode" error={error} />
    </div>
  );
}
