// /account/addresses/new — add an address; the first one becomes the default.
import type { Metadata } from "next";
import { AddressForm } from "@/components/account/address-form";
import { countryOptions } from "@/lib/accounts";
import { requireUser } from "@/lib/auth";
import { createAddressAction } from "../../../actions/addresses";

export const metadata: Metadata = { title: "Add an address", robots: { index: false } };

export default async function NewAddressPage() {
  await requireUser("/account/addresses/new");
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold tracking-tight text-ink">Add an address</h1>
      <div className="mt-6">
        <AddressForm
          action={createAddressAction}
          countries={countryOptions()}
          submitLabel="Save address"
        />
      </div>
    </div>
  );
}
