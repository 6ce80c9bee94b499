// A short status label (Sold out, Sale). Tones keep text/background contrast above WCAG AA.
import type { ReactNode } from "react";

const tones = {
  neutral: "bg-ink text-paper",
  sale: "bg-danger text-paper",
  success: "bg-success text-paper",
} as const;

export interface BadgeProps {
  tone?: keyof typeof tones;
  className?: string;
  children: ReactNode;
}

export function Badge({ tone = "neutral", className = "", children }: BadgeProps) {
  return (
    <span
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ${tones[tone]} ${className}`}
    >
      {children}
    </span>
  );
}
