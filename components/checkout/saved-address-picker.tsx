"use client";
// A signed-in shopper's saved addresses, the default one preselected, or "a new address".
import { FieldError, fieldId } from "./field";

export interface SavedAddressOption {
  id: string;
  /** One line: name, street, city, country. */
  label: string;
  country: string;
  region: string;
  isDefault: boolean;
}

export interface SavedAddressPickerProps {
  options: SavedAddressOption[];
  /** "" means a new address typed below. */
  value: string;
  onChange(id: string): void;
  error?: string;
}

export function SavedAddressPicker({ options, value, onChange, error }: SavedAddressPickerProps) {
  const id = fieldId("savedAddressId");
  const choice = (key: string, checked: boolean, label: React.ReactNode) => (
    <label
      key={key}
      className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-paper-line p-3 text-sm has-[:checked]:border-brand"
    >
      <input
        type="radio"
        name="savedAddressId"
        value={key}
        checked={checked}
        onChange={() => onChange(key)}
        className="size-4 accent-brand"
      />
      <span>{label}</span>
    </label>
  );
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined} className="flex flex-col gap-2">
      <legend className="sr-only">Choose a saved address</legend>
      {options.map((option) =>
        choice(
          option.id,
          value === option.id,
          <>
            {option.label}
            {option.isDefault ? <span className="ml-2 text-ink-muted">(default)</span> : null}
          </>,
        ),
      )}
      {choice("", value === "", "Use a new address")}
      <FieldError name="savedAddressId" error={error} />
    </fieldset>
  );
}
