// refundOrder: the merchant gives money back, all or part, optionally restocking lines. The order
// is locked while the refund is reserved against what the paying payment still holds, so two
// refunds at once can never give back more than was taken.
import { inTransaction } from "@/lib/db";
import { canTransition, IllegalTransitionError, lockOrder } from "@/lib/orders";
import { PaymentError } from "./errors";
import { AUTOMATIC_REFUND, executeRefund } from "./refund-execution";
import { refundOrderSchema, type RefundOrderInput } from "./schemas";

export interface RefundResult {
  refundId: string;
  amount: number;
  status: "succeeded" | "pending" | "failed";
}

export async function refundOrder(input: RefundOrderInput): Promise<RefundResult> {
  const parsed = refundOrderSchema.parse(input);
  const refund = await inTransaction(async (tx) => {
    const order = await lockOrder(tx, parsed.orderId);
    if (!canTransition(order.status, "PARTIALLY_REFUNDED"))
      throw new IllegalTransitionError(order.id, order.status, "REFUNDED");
    // The payment that paid the order: succeeded and not itself being handed back automatically.
    const payments = await tx.payment.findMany({
      where: {
        orderId: order.id,
        status: "SUCCEEDED",
        refunds: { none: { reason: { startsWith: AUTOMATIC_REFUND } } },
      },
      include: {
        refunds: { where: { status: { in: ["PENDING", "SUCCEEDED"] } }, select: { amount: true } },
      },
      orderBy: { updatedAt: "asc" },
    });
    const payment = payments[0];
    if (!payment) throw new PaymentError("not_refundable", "This order has no payment to refund");
    const remaining = payment.amount - payment.refunds.reduce((sum, r) => sum + r.amount, 0);
    const amount = parsed.amount ?? remaining;
    if (amount < 1 || amount > remaining) {
      throw new PaymentError(
        "invalid_amount",
        remaining > 0
          ? `Refund between 1 and ${remaining}`
          : "Everything has been refunded already",
      );
    }
    return tx.refund.create({
      data: {
        orderId: order.id,
        paymentId: payment.id,
        amount,
        reason: parsed.reason ?? null,
        createdById: parsed.actorId ?? null,
        // Kept on the row: a retried refund restocks when it finally goes through.
        ...(parsed.restock ? { restock: parsed.restock } : {}),
      },
    });
  });
  // "pending" when the provider could not be reached: the worker retries it (refund-retries.ts).
  const status = await executeRefund(refund.id);
  return { refundId: refund.id, amount: refund.amount, status };
}
