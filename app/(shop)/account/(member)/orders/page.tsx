// /account/orders — the shopper's order history, newest first, ten per page.
import type { Metadata } from "next";
import Link from "next/link";
import { OrderList } from "@/components/account/order-list";
import { listMyOrders, pageSchema } from "@/lib/accounts";
import { requireUser } from "@/lib/auth";
import { param, type SearchParams } from "../../search-params";

export const metadata: Metadata = { title: "Your orders", robots: { index: false } };

export default async function OrdersPage({ searchParams }: { searchParams: SearchParams }) {
  await requireUser("/account/orders");
  const page = pageSchema.parse(param(await searchParams, "page"));
  const { orders, hasNext } = await listMyOrders(page);
  return (
    <div>
      <h1 className="text-2xl font-bold tracking-tight text-ink">Your orders</h1>
      <OrderList orders={orders} />
      {page > 1 || hasNext ? (
        <nav aria-label="Pages" className="mt-6 flex justify-between text-sm font-medium">
          {page > 1 ? (
            <Link href={`/account/orders?page=${page - 1}`} className="text-brand hover:underline">
              Newer orders
            </Link>
          ) : (
            <span />
          )}
          {hasNext ? (
            <Link href={`/account/orders?page=${page + 1}`} className="text-brand hover:underline">
              Older orders
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
