// /account/addresses — the address book, with the defaults checkout preselects.
import type { Metadata } from "next";
import { AddressCard } from "@/components/account/address-card";
import { Notice } from "@/components/account/form-alert";
import { LinkButton } from "@/components/ui/link-button";
import { countryName, listMyAddresses } from "@/lib/accounts";
import { requireUser } from "@/lib/auth";
import { deleteAddressAction, setDefaultAddressAction } from "../../actions/addresses";
import { param, type SearchParams } from "../../search-params";

export const metadata: Metadata = { title: "Address book", robots: { index: false } };

const NOTICES: Record<string, { tone: "success" | "warning"; text: string }> = {
  saved: { tone: "success", text: "Your address book was saved." },
  deleted: { tone: "success", text: "The address was deleted." },
  "not-found": { tone: "warning", text: "That address is not in your address book." },
};

export default async function AddressesPage({ searchParams }: { searchParams: SearchParams }) {
  await requireUser("/account/addresses");
  const [params, addresses] = await Promise.all([searchParams, listMyAddresses()]);
  const notice = param(params, "saved")
    ? NOTICES.saved
    : param(params, "deleted")
      ? NOTICES.deleted
      : param(params, "error")
        ? NOTICES["not-found"]
        : undefined;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight text-ink">Address book</h1>
        <LinkButton href="/account/addresses/new">Add an address</LinkButton>
      </div>
      {notice ? <Notice tone={notice.tone}>{notice.text}</Notice> : null}
      {addresses.length === 0 ? (
        <p className="text-sm text-ink-muted">
          No saved addresses yet. Add one to check out faster.
        </p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {addresses.map((address) => (
            <li key={address.id}>
              <AddressCard
                address={address}
                countryName={countryName(address.country)}
                onDelete={deleteAddressAction}
                onMakeDefault={setDefaultAddressAction}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
