"use client";
// Shipping methods for the chosen country, each with what this cart pays for it (free over a
// threshold or with a free-shipping code), as a radio group with its error beside it.
import type { ShippingOption } from "@/lib/checkout/client";
import { formatMoney } from "@/lib/money";
import { FieldError, fieldId } from "./field";

export interface ShippingMethodsProps {
  options: ShippingOption[];
  value: string;
  onChange(id: string): void;
  currency: string;
  error?: string;
}

const days = (o: ShippingOption) =>
  o.maxDeliveryDays <= 1
    ? "Next business day"
    : `${o.minDeliveryDays}–${o.maxDeliveryDays} business days`;

export function ShippingMethods({
  options,
  value,
  onChange,
  currency,
  error,
}: ShippingMethodsProps) {
  const id = fieldId("shippingMethodId");
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined} className="flex flex-col gap-3">
      <legend className="mb-2 text-lg font-semibold text-ink">Shipping method</legend>
      {options.length === 0 ? (
        <p className="text-sm text-ink-muted">We do not ship to this country yet.</p>
      ) : null}
      {options.map((option) => (
        <label
          key={option.id}
          className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-paper-line p-3 has-[:checked]:border-brand"
        >
          <input
            type="radio"
            name="shippingMethodId"
            value={option.id}
            checked={value === option.id}
            onChange={() => onChange(option.id)}
            className="size-4 accent-brand"
          />
          <span className="flex-1 text-sm">
            <span className="font-medium text-ink">{option.name}</span>
            <span className="block text-ink-muted">{days(option)}</span>
          </span>
          <span className="text-sm font-medium text-ink">
            {option.amount === 0 ? "Free" : formatMoney({ amount: option.amount, currency })}
          </span>
        </label>
      ))}
      <FieldError name="shippingMethodId" error={error} />
    </fieldset>
  );
}
