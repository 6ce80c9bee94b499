// /account — overview: who is signed in, the email confirmation reminder, recent orders and the
// default address.
import type { Metadata } from "next";
import Link from "next/link";
import { AddressBlock } from "@/components/account/address-block";
import { Notice } from "@/components/account/form-alert";
import { OrderList } from "@/components/account/order-list";
import { ActionForm } from "@/components/account/single-field-form";
import { countryName, getMyDefaultAddress, listMyOrders } from "@/lib/accounts";
import { requireUser } from "@/lib/auth";
import { resendVerificationAction } from "../actions/profile";
import { param, type SearchParams } from "../search-params";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

export default async function AccountPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser("/account");
  const [params, { orders }, address] = await Promise.all([
    searchParams,
    listMyOrders(1),
    getMyDefaultAddress("shipping"),
  ]);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold tracking-tight text-ink">
          Hello{user.name ? `, ${user.name}` : ""}
        </h1>
        <p className="mt-1 text-sm text-ink-muted">{user.email}</p>
      </div>
      {param(params, "welcome") ? (
        <Notice tone="success">Welcome to Cartwright! Your account is ready.</Notice>
      ) : null}
      {!user.emailVerified ? (
        <section
          aria-labelledby="verify-heading"
          className="rounded-card border border-warning bg-amber-50 p-4"
        >
          <h2 id="verify-heading" className="font-semibold text-warning">
            Please confirm your email address
          </h2>
          <p className="mt-1 text-sm text-ink">
            We sent a link to {user.email}. Confirming it makes sure order mails reach you.
          </p>
          <div className="mt-3">
            <ActionForm
              action={resendVerificationAction}
              fields={[]}
              submitLabel="Send the link again"
              pendingLabel="Sending…"
              variant="secondary"
              hideOnSuccess
            />
          </div>
        </section>
      ) : null}
      <section aria-labelledby="recent-orders-heading">
        <div className="flex items-baseline justify-between">
          <h2 id="recent-orders-heading" className="text-lg font-semibold text-ink">
            Recent orders
          </h2>
          <Link href="/account/orders" className="text-sm font-medium text-brand hover:underline">
            All orders
          </Link>
        </div>
        <OrderList orders={orders.slice(0, 3)} />
      </section>
      <section aria-labelledby="default-address-heading">
        <div className="flex items-baseline justify-between">
          <h2 id="default-address-heading" className="text-lg font-semibold text-ink">
            Default shipping address
          </h2>
          <Link
            href="/account/addresses"
            className="text-sm font-medium text-brand hover:underline"
          >
            Address book
          </Link>
        </div>
        {address ? (
          <div className="mt-3 rounded-card border border-paper-line p-4">
            <AddressBlock address={address} countryName={countryName(address.country)} />
          </div>
        ) : (
          <p className="mt-3 text-sm text-ink-muted">No saved address yet.</p>
        )}
      </section>
    </div>
  );
}
