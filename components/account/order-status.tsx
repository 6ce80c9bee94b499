// An order's status in words a shopper understands, as a badge.
import type { OrderStatus } from "@/lib/orders";

const LABELS: Record<OrderStatus, { label: string; tone: string }> = {
  PENDING_PAYMENT: { label: "Awaiting payment", tone: "bg-amber-50 text-warning border-warning" },
  PAID: { label: "Paid", tone: "bg-brand-light text-brand-dark border-brand" },
  PARTIALLY_FULFILLED: {
    label: "Partly shipped",
    tone: "bg-brand-light text-brand-dark border-brand",
  },
  FULFILLED: { label: "Shipped", tone: "bg-green-50 text-success border-success" },
  DELIVERED: { label: "Delivered", tone: "bg-green-50 text-success border-success" },
  CANCELLED: { label: "Cancelled", tone: "bg-paper-soft text-ink-muted border-ink-faint" },
  PARTIALLY_REFUNDED: { label: "Partly refunded", tone: "bg-paper-soft text-ink border-ink-faint" },
  REFUNDED: { label: "Refunded", tone: "bg-paper-soft text-ink border-ink-faint" },
};

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const { label, tone } = LABELS[status];
  return (
    <span
      className={`inline-flex items-center rounded-full border px-2.5 py-0.5 text-xs font-semibold ${tone}`}
    >
      {label}
    </span>
  );
}
