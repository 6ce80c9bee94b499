"use client";
// A form's submit button that says it is working while the action runs.
import { useFormStatus } from "react-dom";

const variants = {
  primary: "bg-brand text-paper hover:bg-brand-dark",
  secondary: "border border-ink-faint bg-paper text-ink hover:bg-paper-soft",
  danger: "border border-danger bg-paper text-danger hover:bg-red-50",
} as const;

export interface SubmitButtonProps {
  children: React.ReactNode;
  pendingLabel?: string;
  variant?: keyof typeof variants;
  className?: string;
  name?: string;
  value?: string;
}

export function SubmitButton({
  children,
  pendingLabel = "Working…",
  variant = "primary",
  className = "",
  name,
  value,
}: SubmitButtonProps) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
      className={`inline-flex min-h-11 items-center justify-center rounded-md px-5 text-sm font-semibold transition-colors disabled:opacity-70 ${variants[variant]} ${className}`}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
