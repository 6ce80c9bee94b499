// The shopper's orders as a list of links to their detail pages.
import Link from "next/link";
import type { OrderSummary } from "@/lib/orders";
import { formatMoney } from "@/lib/money";
import { OrderStatusBadge } from "./order-status";

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export function OrderList({ orders }: { orders: OrderSummary[] }) {
  if (orders.length === 0) {
    return (
      <p className="mt-3 text-sm text-ink-muted">
        No orders yet.{" "}
        <Link href="/" className="font-medium text-brand hover:underline">
          Start shopping
        </Link>
      </p>
    );
  }
  return (
    <ul
      className="mt-3 divide-y divide-paper-line rounded-card border border-paper-line"
      data-testid="order-list"
    >
      {orders.map((order) => (
        <li key={order.id}>
          <Link
            href={`/account/orders/${order.number}`}
            className="flex flex-wrap items-center justify-between gap-3 p-4 hover:bg-paper-soft"
          >
            <span>
              <span className="block font-semibold text-ink">Order #{order.number}</span>
              <span className="block text-sm text-ink-muted">
                {dateFormat.format(order.placedAt)} ·{" "}
                {order.itemCount === 1 ? "1 item" : `${order.itemCount} items`}
              </span>
            </span>
            <span className="flex items-center gap-3">
              <OrderStatusBadge status={order.status} />
              <span className="font-semibold text-ink">
                {formatMoney({ amount: order.totalAmount, currency: order.currency })}
              </span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
