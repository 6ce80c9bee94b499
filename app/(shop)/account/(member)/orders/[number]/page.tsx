// /account/orders/[number] — one of the shopper's orders with its timeline. Someone else's
// order number is a 404, exactly like a number that was never used.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OrderDetail } from "@/components/account/order-detail";
import { countryName, getMyOrder } from "@/lib/accounts";
import { requireUser } from "@/lib/auth";

export const metadata: Metadata = { title: "Order", robots: { index: false } };

export default async function OrderPage({ params }: { params: Promise<{ number: string }> }) {
  const { number } = await params;
  await requireUser(`/account/orders/${encodeURIComponent(number)}`);
  const order = await getMyOrder(number);
  if (!order) notFound();
  return (
    <div className="space-y-6">
      <Link href="/account/orders" className="text-sm font-medium text-brand hover:underline">
        ← All orders
      </Link>
      <OrderDetail order={order} countryName={countryName} />
    </div>
  );
}
