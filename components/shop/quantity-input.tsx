// The quantity field of the buy box and of cart lines: a whole number from 1 to 99 (the limit
// the cart enforces), numeric keyboard on phones, its error announced when there is one.
import type { InputHTMLAttributes } from "react";
import { MAX_LINE_QUANTITY } from "@/lib/cart/client";

type QuantityInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "type" | "name" | "min" | "max"
> & {
  id: string;
  /** Id of the element holding the error, or null when the value is fine. */
  errorId: string | null;
};

export function QuantityInput({ errorId, className, ...rest }: QuantityInputProps) {
  return (
    <input
      {...rest}
      name="quantity"
      type="number"
      inputMode="numeric"
      min={1}
      max={MAX_LINE_QUANTITY}
      aria-invalid={errorId ? true : undefined}
      aria-describedby={errorId ?? undefined}
      className={`min-h-11 rounded-md border border-ink-faint text-sm text-ink ${className ?? ""}`}
    />
  );
}
