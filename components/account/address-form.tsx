"use client";
// Adding or editing an address. Errors appear beside their fields; what was typed stays.
import Link from "next/link";
import { useActionState } from "react";
import type { AddressView, CountryOption } from "@/lib/accounts";
import type { FormState } from "@/lib/forms/client";
import { FormAlert } from "./form-alert";
import { SubmitButton } from "./submit-button";
import { TextField } from "./text-field";
import type { FormAction } from "./types";

const initial: FormState = { status: "idle" };

export interface AddressFormProps {
  action: FormAction;
  countries: CountryOption[];
  address?: AddressView;
  submitLabel: string;
}

export function AddressForm({ action, countries, address, submitLabel }: AddressFormProps) {
  const [state, formAction] = useActionState(action, initial);
  const value = (name: keyof AddressView & string) =>
    state.values?.[name] ?? (address?.[name] as string | null | undefined) ?? "";
  const errors = (name: string) => state.fieldErrors?.[name];
  const countryErrors = errors("country");
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormAlert state={state} />
      {address ? <input type="hidden" name="id" value={address.id} /> : null}
      <TextField
        name="name"
        label="Full name"
        autoComplete="name"
        required
        defaultValue={value("name")}
        errors={errors("name")}
      />
      <TextField
        name="company"
        label="Company"
        autoComplete="organization"
        defaultValue={value("company")}
        errors={errors("company")}
      />
      <TextField
        name="line1"
        label="Street address"
        autoComplete="address-line1"
        required
        defaultValue={value("line1")}
        errors={errors("line1")}
      />
      <TextField
        name="line2"
        label="Apartment, suite, etc."
        autoComplete="address-line2"
        defaultValue={value("line2")}
        errors={errors("line2")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="city"
          label="Town or city"
          autoComplete="address-level2"
          required
          defaultValue={value("city")}
          errors={errors("city")}
        />
        <TextField
          name="region"
          label="State, province or region"
          autoComplete="address-level1"
          defaultValue={value("region")}
          errors={errors("region")}
          hint="In the US, Canada and Australia, its code (e.g. CA, ON, NSW): taxes depend on it."
        />
        <TextField
          name="postalCode"
          label="Postal code"
          autoComplete="postal-code"
          required
          defaultValue={value("postalCode")}
          errors={errors("postalCode")}
        />
        <div>
          <label htmlFor="field-country" className="block text-sm font-medium text-ink">
            Country
          </label>
          <select
            id="field-country"
            name="country"
            autoComplete="country"
            required
            defaultValue={value("country") || "US"}
            aria-invalid={countryErrors ? true : undefined}
            aria-describedby={countryErrors ? "field-country-error" : undefined}
            className="mt-1 block min-h-11 w-full rounded-md border border-ink-faint bg-paper px-3 text-sm text-ink"
          >
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
          {countryErrors ? (
            <p id="field-country-error" className="mt-1 text-sm text-danger">
              {countryErrors.join(" ")}
            </p>
          ) : null}
        </div>
      </div>
      <TextField
        name="phone"
        label="Phone"
        type="tel"
        autoComplete="tel"
        hint="For the courier, if they need to reach you."
        defaultValue={value("phone")}
        errors={errors("phone")}
      />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-ink">Defaults</legend>
        {(["Shipping", "Billing"] as const).map((kind) => {
          const name = `isDefault${kind}` as const;
          const current = address?.[name] ?? false;
          return current ? (
            <p key={kind} className="text-sm text-ink-muted">
              This is your default {kind.toLowerCase()} address.
            </p>
          ) : (
            <label key={kind} className="flex min-h-11 items-center gap-2 text-sm text-ink">
              <input type="checkbox" name={name} className="size-4" />
              Use as my default {kind.toLowerCase()} address
            </label>
          );
        })}
      </fieldset>
      <div className="flex items-center gap-4">
        <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
        <Link href="/account/addresses" className="text-sm font-medium text-brand hover:underline">
          Cancel
        </Link>
      </div>
    </form>
  );
}
