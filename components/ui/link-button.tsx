// A link styled as a button, for navigation calls to action ("Shop now", "Back to the shop").
import Link from "next/link";
import type { ComponentProps } from "react";

const variants = {
  primary: "bg-brand text-paper hover:bg-brand-dark",
  secondary: "border border-ink-faint bg-paper text-ink hover:bg-paper-soft",
  inverse: "bg-paper text-brand-dark hover:bg-brand-light",
} as const;

export type LinkButtonProps = ComponentProps<typeof Link> & { variant?: keyof typeof variants };

export function LinkButton({ variant = "primary", className = "", ...props }: LinkButtonProps) {
  return (
    <Link
      className={`inline-flex min-h-11 items-center justify-center rounded-md px-5 text-sm font-semibold transition-colors ${variants[variant]} ${className}`}
      {...props}
    />
  );
}
