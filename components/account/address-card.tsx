// One saved address with its default badges and its edit, delete and make-default controls.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { AddressView } from "@/lib/accounts";
import { AddressBlock } from "./address-block";
import type { PlainAction } from "./types";

export interface AddressCardProps {
  address: AddressView;
  countryName: string;
  onDelete: PlainAction;
  onMakeDefault: PlainAction;
}

const smallButton =
  "inline-flex min-h-11 items-center rounded-md px-2 text-sm font-medium hover:bg-paper-soft";

export function AddressCard({ address, countryName, onDelete, onMakeDefault }: AddressCardProps) {
  return (
    <article
      aria-label={`Address of ${address.name}, ${address.line1}`}
      className="flex h-full flex-col rounded-card border border-paper-line p-4"
      data-testid="address-card"
    >
      <div className="mb-3 flex min-h-6 flex-wrap gap-2">
        {address.isDefaultShipping ? <Badge tone="success">Default shipping</Badge> : null}
        {address.isDefaultBilling ? <Badge tone="neutral">Default billing</Badge> : null}
      </div>
      <AddressBlock address={address} countryName={countryName} />
      <div className="mt-auto flex flex-wrap items-center gap-1 pt-4">
        <Link
          href={`/account/addresses/${address.id}/edit`}
          className={`${smallButton} text-brand`}
        >
          Edit<span className="sr-only"> address of {address.name}</span>
        </Link>
        {(["shipping", "billing"] as const)
          .filter(
            (kind) => !(kind === "shipping" ? address.isDefaultShipping : address.isDefaultBilling),
          )
          .map((kind) => (
            <form key={kind} action={onMakeDefault}>
              <input type="hidden" name="id" value={address.id} />
              <input type="hidden" name="kind" value={kind} />
              <button type="submit" className={`${smallButton} text-ink`}>
                Use for {kind}
                <span className="sr-only"> (address of {address.name})</span>
              </button>
            </form>
          ))}
        <form action={onDelete}>
          <input type="hidden" name="id" value={address.id} />
          <button type="submit" className={`${smallButton} text-danger`}>
            Delete<span className="sr-only"> address of {address.name}</span>
          </button>
        </form>
      </div>
    </article>
  );
}
