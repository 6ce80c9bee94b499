// Payment reads for the order pages and the admin.
import { db } from "@/lib/db";

export interface PaymentView {
  id: string;
  provider: string;
  status: "PENDING" | "AUTHORIZED" | "SUCCEEDED" | "FAILED" | "CANCELLED";
  amount: number;
  currency: string;
  failureMessage: string | null;
  createdAt: Date;
  refunds: {
    id: string;
    amount: number;
    status: "PENDING" | "SUCCEEDED" | "FAILED";
    reason: string | null;
    createdAt: Date;
  }[];
}

export async function getPaymentsForOrder(orderId: string): Promise<PaymentView[]> {
  const rows = await (
    await db()
  ).payment.findMany({
    where: { orderId },
    orderBy: { createdAt: "asc" },
    include: { refunds: { orderBy: { createdAt: "asc" } } },
  });
  return rows.map((row) => ({
    id: row.id,
    provider: row.provider,
    status: row.status,
    amount: row.amount,
    currency: row.currency,
    failureMessage: row.failureMessage,
    createdAt: row.createdAt,
    refunds: row.refunds.map((r) => ({
      id: r.id,
      amount: r.amount,
      status: r.status,
      reason: r.reason,
      createdAt: r.createdAt,
    })),
  }));
}
