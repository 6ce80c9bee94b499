// The test provider's payment page, server side: what the page shows, and what happens when the
// shopper submits a card. 4242 4242 4242 4242 pays, 4000 0000 0000 0002 is declined; the outcome
// goes through handlePaymentEvent, the same path as a provider's webhook.
// The card number is compared and dropped: never stored, logged or passed on.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { getOrderDetails, type OrderStatus } from "@/lib/orders";
import { handlePaymentEvent } from "./handle-event";
import {
  decideTestCard,
  TEST_CARD_DECLINE,
  TEST_CARD_SUCCESS,
  TEST_SESSION_ID,
} from "./test-provider";

export interface TestPaymentSession {
  sessionId: string;
  orderId: string;
  orderNumber: number;
  orderStatus: OrderStatus;
  email: string;
  amount: number;
  currency: string;
  status: "PENDING" | "AUTHORIZED" | "SUCCEEDED" | "FAILED" | "CANCELLED";
  failureMessage: string | null;
  /** While unpaid: pay before this or the order is cancelled. */
  holdExpiresAt: Date | null;
}

export async function getTestPaymentSession(sessionId: string): Promise<TestPaymentSession | null> {
  if (!TEST_SESSION_ID.test(sessionId)) return null;
  const payment = await (
    await db()
  ).payment.findUnique({ where: { providerReference: sessionId } });
  if (!payment || payment.provider !== "test") return null;
  const order = await getOrderDetails(payment.orderId);
  if (!order) return null;
  return {
    sessionId,
    orderId: order.id,
    orderNumber: order.number,
    orderStatus: order.status,
    email: order.email,
    amount: payment.amount,
    currency: payment.currency,
    status: payment.status,
    failureMessage: payment.failureMessage,
    holdExpiresAt: order.holdExpiresAt,
  };
}

export interface TestPaymentResult {
  outcome: "succeeded" | "declined" | "invalid_card" | "closed" | "not_found";
  message: string;
  orderId: string | null;
  orderNumber: number | null;
}

const DECLINED = "Your card was declined. Try another card.";

export async function confirmTestPayment(
  sessionId: string,
  cardNumber: string,
): Promise<TestPaymentResult> {
  const session = await getTestPaymentSession(sessionId);
  if (!session)
    return {
      outcome: "not_found",
      message: "This payment page has expired.",
      orderId: null,
      orderNumber: null,
    };
  const base = { orderId: session.orderId, orderNumber: session.orderNumber };
  if (session.status === "SUCCEEDED") return { outcome: "succeeded", message: "Paid.", ...base };
  if (session.orderStatus !== "PENDING_PAYMENT") {
    const message =
      session.orderStatus === "CANCELLED"
        ? "This order was cancelled because it was not paid in time. You have not been charged."
        : "This order has already been paid.";
    return { outcome: "closed", message, ...base };
  }
  const decision = decideTestCard(cardNumber);
  if (decision === "invalid") {
    return {
      outcome: "invalid_card",
      message: `Use the test card ${TEST_CARD_SUCCESS} (or ${TEST_CARD_DECLINE} to see a decline).`,
      ...base,
    };
  }
  const result = await handlePaymentEvent({
    provider: "test",
    providerEventId: `evt_test_${randomUUID()}`,
    type: decision === "succeeded" ? "payment_succeeded" : "payment_failed",
    rawType: decision === "succeeded" ? "test.payment_succeeded" : "test.payment_failed",
    reference: sessionId,
    orderId: session.orderId,
    amount: session.amount,
    currency: session.currency,
    failureMessage: decision === "declined" ? "card_declined" : null,
  });
  if (result.outcome === "paid" || result.outcome === "already_succeeded")
    return { outcome: "succeeded", message: "Paid.", ...base };
  if (result.outcome === "failure_recorded")
    return { outcome: "declined", message: DECLINED, ...base };
  if (result.outcome === "refunding") {
    return {
      outcome: "closed",
      message: "This order could no longer be paid; the payment was refunded.",
      ...base,
    };
  }
  return { outcome: "closed", message: "This payment could not be completed.", ...base };
}
