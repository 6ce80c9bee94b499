// What an order email shows, read when the mail is sent (lib/notifications, in the server or
// `npm run worker`). Order lines and totals are snapshots written at checkout and never change,
// so reading them late is safe; status, which may change, is not shown.
import { db } from "@/lib/db";
import type { OrderTotals } from "./types";

export interface OrderSnapshot extends OrderTotals {
  id: string;
  number: number;
  email: string;
  shipTo: string[];
  lines: Array<{ title: string; quantity: number; lineTotalAmount: number }>;
}

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null);

function addressLines(value: unknown): string[] {
  if (!value || typeof value !== "object") return [];
  const a = value as Record<string, unknown>;
  const cityLine = [text(a.city), text(a.region), text(a.postalCode)].filter(Boolean).join(" ");
  return [
    text(a.name),
    text(a.company),
    text(a.line1),
    text(a.line2),
    cityLine || null,
    text(a.country),
  ].filter((line): line is string => line !== null);
}

export async function orderSnapshot(orderId: string): Promise<OrderSnapshot | null> {
  const row = await (
    await db()
  ).order.findUnique({
    where: { id: orderId },
    include: { lines: { orderBy: { id: "asc" } } },
  });
  if (!row) return null;
  return {
    id: row.id,
    number: row.number,
    email: row.email,
    currency: row.currency,
    subtotalAmount: row.subtotalAmount,
    discountAmount: row.discountAmount,
    discountCode: row.discountCode,
    shippingAmount: row.shippingAmount,
    shippingMethod: row.shippingMethodName,
    taxAmount: row.taxAmount,
    taxInclusive: row.taxInclusive,
    totalAmount: row.totalAmount,
    shipTo: addressLines(row.shippingAddress),
    lines: row.lines.map((line) => ({
      title: line.variantTitle ? `${line.productTitle} (${line.variantTitle})` : line.productTitle,
      quantity: line.quantity,
      lineTotalAmount: line.lineTotalAmount,
    })),
  };
}
