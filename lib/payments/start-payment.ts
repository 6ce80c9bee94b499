// startPayment: hands an unpaid order to the active provider. The provider object is created
// with an idempotency key made of the order id and the attempt number, so ten concurrent "Pay"
// clicks create one session; a new attempt (after a failed or expired one) gets a new session.
// The amount is the order's total as computed on the server at placement.
import { db } from "@/lib/db";
import { getOrderDetails, paidStatuses } from "@/lib/orders";
import { PaymentError } from "./errors";
import { activeProvider } from "./provider";
import { startPaymentSchema, type StartPaymentInput } from "./schemas";
import type { ProviderName } from "./types";

export interface StartedPayment {
  provider: ProviderName;
  paymentId: string;
  /** The provider's session id (the test provider's page takes it in its URL). */
  sessionId: string;
  /** Send the shopper here. A path for the test provider, Stripe's hosted page otherwise. */
  redirectUrl: string;
}

export async function startPayment(input: StartPaymentInput): Promise<StartedPayment> {
  const { orderId, successUrl, cancelUrl } = startPaymentSchema.parse(input);
  const order = await getOrderDetails(orderId);
  if (!order) throw new PaymentError("order_not_found", "This order does not exist");
  if (paidStatuses.includes(order.status))
    throw new PaymentError("already_paid", `Order #${order.number} is already paid`);
  if (order.status !== "PENDING_PAYMENT")
    throw new PaymentError("not_payable", `Order #${order.number} can no longer be paid`);

  const provider = activeProvider();
  const prisma = await db();
  const finished = await prisma.payment.count({
    where: { orderId, provider: provider.name, status: { in: ["FAILED", "CANCELLED"] } },
  });
  // Slow work, outside any transaction: the provider call.
  const session = await provider.createSession({
    orderId,
    orderNumber: order.number,
    amount: order.totalAmount,
    currency: order.currency,
    email: order.email,
    idempotencyKey: `pay:${orderId}:${finished + 1}`,
    successUrl,
    cancelUrl,
  });
  await prisma.payment.createMany({
    data: [
      {
        orderId,
        provider: provider.name,
        providerReference: session.reference,
        amount: order.totalAmount,
        currency: order.currency,
      },
    ],
    skipDuplicates: true,
  });
  const payment = await prisma.payment.findUniqueOrThrow({
    where: { providerReference: session.reference },
    select: { id: true },
  });
  return {
    provider: provider.name,
    paymentId: payment.id,
    sessionId: session.reference,
    redirectUrl: session.redirectUrl,
  };
}
