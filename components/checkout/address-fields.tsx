"use client";
// The shipping address inputs, with browser autofill hints and each error beside its field.
import type { CountryOption } from "@/lib/accounts";
import { regionsOf } from "@/lib/checkout/client";
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
  const regionId = fieldId(name("region"));
  // Where tax depends on the state or province, it is picked from the list (the server refuses
  // anything else); elsewhere it stays optional free text.
  const regions = regionsOf(value.country);
  const setCountry = (event: { target: { value: string } }) => {
    const country = event.target.value;
    const listed = regionsOf(country);
    const keep = !listed || listed.some((region) => region.code === value.region);
    onChange({ ...value, country, region: keep ? value.region : "" });
  };
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
      {regions ? (
        <div>
          <label htmlFor={regionId} className="mb-1 block text-sm font-medium text-ink">
            State / province
          </label>
          <select
            id={regionId}
            name={name("region")}
            autoComplete="shipping address-level1"
            value={value.region}
            onChange={set("region")}
            required
            aria-invalid={err("region") ? true : undefined}
            aria-describedby={err("region") ? `${regionId}-error` : undefined}
            className={inputClass}
          >
            <option value="">Choose…</option>
            {regions.map((region) => (
              <option key={region.code} value={region.code}>
                {region.name}
              </option>
            ))}
          </select>
          <FieldError name={name("region")} error={err("region")} />
        </div>
      ) : (
        <Field
          name={name("region")}
          label="State / region"
          optional
          autoComplete="shipping address-level1"
          value={value.region}
          onChange={set("region")}
          error={err("region")}
        />
      )}
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
          onChange={setCountry}
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
