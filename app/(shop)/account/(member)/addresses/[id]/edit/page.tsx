// /account/addresses/[id]/edit — edit one of the shopper's addresses; anyone else's is a 404.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AddressForm } from "@/components/account/address-form";
import { countryOptions, getMyAddress } from "@/lib/accounts";
import { requireUser } from "@/lib/auth";
import { updateAddressAction } from "../../../../actions/addresses";

export const metadata: Metadata = { title: "Edit address", robots: { index: false } };

export default async function EditAddressPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireUser(`/account/addresses/${encodeURIComponent(id)}/edit`);
  const address = await getMyAddress(id);
  if (!address) notFound();
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold tracking-tight text-ink">Edit address</h1>
      <div className="mt-6">
        <AddressForm
          action={updateAddressAction}
          countries={countryOptions()}
          address={address}
          submitLabel="Save changes"
        />
      </div>
    </div>
  );
}
