// /order/[number]/confirmation — what the buyer sees after paying: the order's lines, totals
// and address. Only the buyer: the signed token from the payment redirect (or the order email),
// or the session of the account that placed it. Anyone else gets the same 404 as no order.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OrderConfirmation } from "@/components/checkout/order-confirmation";
import { getSessionUser } from "@/lib/auth";
import { confirmationFor } from "@/lib/notifications";

export const metadata: Metadata = { title: "Order confirmation", robots: { index: false } };

interface Props {
  params: Promise<{ number: string }>;
  searchParams: Promise<{ token?: string | string[] }>;
}

export default async function OrderConfirmationPage({ params, searchParams }: Props) {
  const { number: raw } = await params;
  const { token } = await searchParams;
  const number = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(number)) notFound();
  const order = await confirmationFor({
    number,
    token: typeof token === "string" ? token : undefined,
    user: await getSessionUser(),
  });
  if (!order) notFound();
  return (
    <OrderConfirmation
      order={{
        number: order.number,
        status: order.status,
        email: order.email,
        currency: order.currency,
        subtotalAmount: order.subtotalAmount,
        discountAmount: order.discountAmount,
        discountCode: order.discountCode,
        shippingAmount: order.shippingAmount,
        shippingMethod: order.shippingMethod?.name ?? null,
        taxAmount: order.taxAmount,
        taxInclusive: order.taxInclusive,
        totalAmount: order.totalAmount,
        shippingAddress: order.shippingAddress,
        lines: order.lines.map((line) => ({
          id: line.id,
          title: line.productTitle,
          variantTitle: line.variantTitle,
          quantity: line.quantity,
          unitPriceAmount: line.unitPriceAmount,
          lineTotalAmount: line.lineTotalAmount,
        })),
      }}
    />
  );
}
