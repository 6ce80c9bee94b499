// The order confirmation: a thank-you (or where the payment stands), the lines at the prices
// paid, the totals and the address. Presentational: the page finds the order and checks access.
import Link from "next/link";
import { formatMoney } from "@/lib/money";
import type { OrderAddress, OrderTotals } from "@/lib/orders";
import { Totals } from "./totals";

export interface ConfirmationOrder extends OrderTotals {
  number: number;
  status: string;
  email: string;
  shippingAddress: OrderAddress;
  lines: Array<{
    id: string;
    title: string;
    variantTitle: string;
    quantity: number;
    unitPriceAmount: number;
    lineTotalAmount: number;
  }>;
}

function headline(order: ConfirmationOrder): { title: string; text: string } {
  if (order.status === "PENDING_PAYMENT")
    return {
      title: `Order #${order.number} is waiting for payment`,
      text: "We have not received your payment yet. Refresh this page in a moment to see it.",
    };
  if (order.status === "CANCELLED")
    return {
      title: `Order #${order.number} was cancelled`,
      text: "You have not been charged for this order.",
    };
  return {
    title: `Thank you! Order #${order.number} is confirmed`,
    text: `We sent a confirmation to ${order.email}.`,
  };
}

export function OrderConfirmation({ order }: { order: ConfirmationOrder }) {
  const money = (amount: number) => formatMoney({ amount, currency: order.currency });
  const { title, text } = headline(order);
  const a = order.shippingAddress;
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <h1 className="text-2xl font-bold text-ink">{title}</h1>
      <p className="mt-2 text-ink">{text}</p>
      <div className="mt-8 grid gap-8 md:grid-cols-[1fr_18rem]">
        <section aria-labelledby="items-heading">
          <h2 id="items-heading" className="text-lg font-semibold text-ink">
            Items
          </h2>
          <ul className="mt-2 divide-y divide-paper-line text-sm">
            {order.lines.map((line) => (
              <li
                key={line.id}
                className="flex justify-between gap-4 py-3"
                data-testid="confirmation-line"
              >
                <p className="text-ink">
                  {line.title}
                  {line.variantTitle ? (
                    <span className="text-ink-muted"> · {line.variantTitle}</span>
                  ) : null}
                  <span className="block text-ink-muted">
                    {line.quantity} × {money(line.unitPriceAmount)}
                  </span>
                </p>
                <p className="shrink-0 font-medium text-ink">{money(line.lineTotalAmount)}</p>
              </li>
            ))}
          </ul>
          <div className="mt-4 border-t border-paper-line pt-4">
            <Totals
              currency={order.currency}
              subtotalAmount={order.subtotalAmount}
              discountAmount={order.discountAmount}
              discountCode={order.discountCode}
              shippingAmount={order.shippingAmount}
              shippingName={order.shippingMethod}
              taxAmount={order.taxAmount}
              taxInclusive={order.taxInclusive}
              totalAmount={order.totalAmount}
            />
          </div>
        </section>
        <section aria-labelledby="ship-heading" className="text-sm text-ink">
          <h2 id="ship-heading" className="text-lg font-semibold">
            Shipping to
          </h2>
          <address className="mt-2 leading-relaxed not-italic">
            {[
              a.name,
              a.company,
              a.line1,
              a.line2,
              [a.city, a.region, a.postalCode].filter(Boolean).join(" "),
              a.country,
            ]
              .filter(Boolean)
              .map((part) => (
                <span key={part} className="block">
                  {part}
                </span>
              ))}
          </address>
          {order.shippingMethod ? (
            <p className="mt-3 text-ink-muted">By {order.shippingMethod}</p>
          ) : null}
        </section>
      </div>
      <Link
        href="/"
        className="mt-10 inline-flex min-h-11 items-center font-semibold text-brand hover:underline"
      >
        Continue shopping
      </Link>
    </div>
  );
}
