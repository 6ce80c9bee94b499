"use client";
// The shipping address inputs, with browser autofill hints and each error beside its field.
import type { CountryOption } from "@/lib/accounts";
import { Field, FieldError, fieldId, inputClass } from "./field";

export interface AddressValues {
  name: string;
  company: string;
  line1: string;
  line2: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
  phone: string;
}

export const emptyAddress = (country = "US"): AddressValues => ({
  name: "",
  company: "",
  line1: "",
  line2: "",
  city: "",
  region: "",
  postalCode: "",
  country,
  phone: "",
});

export interface AddressFieldsProps {
  value: AddressValues;
  onChange(next: AddressValues): void;
  errors: Record<string, string>;
  countries: CountryOption[];
}

export function AddressFields({ value, onChange, errors, countries }: AddressFieldsProps) {
  const set = (key: keyof AddressValues) => (event: { target: { value: string } }) =>
    onChange({ ...value, [key]: event.target.value });
  const name = (key: keyof AddressValues) => `shippingAddress.${key}`;
  const err = (key: keyof AddressValues) => errors[name(key)];
  const countryId = fieldId(name("country"));
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field
        name={name("name")}
        label="Full name"
        autoComplete="shipping name"
        value={value.name}
        onChange={set("name")}
        error={err("name")}
        required
        className="sm:col-span-2"
      />
      <Field
        name={name("company")}
        label="Company"
        optional
        autoComplete="shipping organization"
        value={value.company}
        onChange={set("company")}
        error={err("company")}
        className="sm:col-span-2"
      />
      <Field
        name={name("line1")}
        label="Street address"
        autoComplete="shipping address-line1"
        value={value.line1}
        onChange={set("line1")}
        error={err("line1")}
        required
        className="sm:col-span-2"
      />
      <Field
        name={name("line2")}
        label="Apartment, suite, etc."
        optional
        autoComplete="shipping address-line2"
        value={value.line2}
        onChange={set("line2")}
        error={err("line2")}
        className="sm:col-span-2"
      />
      <Field
        name={name("city")}
        label="City"
        autoComplete="shipping address-level2"
        value={value.city}
        onChange={set("city")}
        error={err("city")}
        required
      />
      <Field
        name={name("region")}
        label="State / region"
        optional
        autoComplete="shipping address-level1"
        value={value.region}
        onChange={set("region")}
        error={err("region")}
        hint="For US addresses, the two-letter state code (e.g. CA)."
      />
      <Field
        name={name("postalCode")}
        label="Postal code"
        autoComplete="shipping postal-code"
        value={value.postalCode}
        onChange={set("postalCode")}
        error={err("postalCode")}
        required
      />
      <div>
        <label htmlFor={countryId} className="mb-1 block text-sm font-medium text-ink">
          Country
        </label>
        <select
          id={countryId}
          name={name("country")}
          autoComplete="shipping country"
          value={value.country}
          onChange={set("country")}
          aria-invalid={err("country") ? true : undefined}
          aria-describedby={err("country") ? `${countryId}-error` : undefined}
          className={inputClass}
        >
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </select>
        <FieldError name={name("country")} error={err("country")} />
      </div>
      <Field
        name={name("phone")}
        label="Phone"
        optional
        type="tel"
        autoComplete="shipping tel"
        value={value.phone}
        onChange={set("phone")}
        error={err("phone")}
        className="sm:col-span-2"
      />
    </div>
  );
}
