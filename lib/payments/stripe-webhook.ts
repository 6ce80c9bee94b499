// Stripe webhooks: the signature is checked on the raw body with Stripe's own constructEvent
// (a bad one is answered 400 and changes nothing), then Checkout Session events are turned into
// our PaymentEvent and refund events into our RefundEvent, and handled. Other event types are
// acknowledged.
import Stripe from "stripe";
import { env } from "@/lib/env";
import { handlePaymentEvent } from "./handle-event";
import { stripeClient } from "./provider";
import {
  handleRefundEvent,
  type ProviderRefundUpdate,
  type RefundEvent,
  type RefundEventOutcome,
} from "./refund-events";
import type { PaymentEvent, PaymentEventResult, PaymentEventType } from "./types";

const sessionEvents: Record<
  string,
  PaymentEventType | ((session: Stripe.Checkout.Session) => PaymentEventType)
> = {
  // Cards are paid at completion; delayed methods (bank debits) complete unpaid and settle later.
  "checkout.session.completed": (session) =>
    session.payment_status === "unpaid" ? "ignored" : "payment_succeeded",
  "checkout.session.async_payment_succeeded": "payment_succeeded",
  "checkout.session.async_payment_failed": "payment_failed",
  "checkout.session.expired": "payment_expired",
};

/** Our view of a verified Stripe event, or null when it is not about a Cartwright order. */
export function toPaymentEvent(event: Stripe.Event): PaymentEvent | null {
  const rule = sessionEvents[event.type];
  if (!rule || event.data.object.object !== "checkout.session") return null;
  const session = event.data.object as Stripe.Checkout.Session;
  const orderId = session.metadata?.orderId ?? session.client_reference_id;
  if (!orderId || session.amount_total === null || !session.currency) return null;
  return {
    provider: "stripe",
    providerEventId: event.id,
    type: typeof rule === "function" ? rule(session) : rule,
    rawType: event.type,
    reference: session.id,
    orderId,
    amount: session.amount_total,
    currency: session.currency,
    failureMessage:
      event.type === "checkout.session.async_payment_failed" ? "The payment failed" : null,
  };
}

const refundStatus = (status: string | null): ProviderRefundUpdate["status"] =>
  status === "succeeded"
    ? "succeeded"
    : status === "failed" || status === "canceled"
      ? "failed"
      : "pending";

const toRefundUpdate = (refund: Stripe.Refund): ProviderRefundUpdate => ({
  reference: refund.id,
  refundId: refund.metadata?.refundId ?? null,
  status: refundStatus(refund.status),
  failureReason: refund.failure_reason ?? null,
});

/** Our view of a Stripe refund event (the refund's final status), or null for other events. */
export function toRefundEvent(event: Stripe.Event): RefundEvent | null {
  let refunds: Stripe.Refund[];
  if (event.type === "refund.updated" || event.type === "refund.failed")
    refunds = [event.data.object];
  else if (event.type === "charge.refunded")
    // Recent API versions leave the list out: refund.updated carries the same news then.
    refunds = event.data.object.refunds?.data ?? [];
  else return null;
  return {
    provider: "stripe",
    providerEventId: event.id,
    rawType: event.type,
    refunds: refunds.map(toRefundUpdate),
  };
}

export interface WebhookResponse {
  status: 200 | 400 | 404;
  body: {
    received: boolean;
    outcome?: PaymentEventResult["outcome"] | RefundEventOutcome | "not_ours";
    error?: string;
  };
}

export async function receiveStripeWebhook(
  rawBody: string,
  signature: string | null,
  options: { stripe?: Stripe; secret?: string } = {},
): Promise<WebhookResponse> {
  const secret = options.secret ?? env().STRIPE_WEBHOOK_SECRET;
  if (!secret)
    return { status: 404, body: { received: false, error: "Stripe webhooks are not configured" } };
  if (!signature)
    return { status: 400, body: { received: false, error: "Missing Stripe-Signature header" } };
  let event: Stripe.Event;
  try {
    event = (options.stripe ?? stripeClient()).webhooks.constructEvent(rawBody, signature, secret);
  } catch {
    return { status: 400, body: { received: false, error: "Invalid signature" } };
  }
  const refunds = toRefundEvent(event);
  if (refunds) {
    const result = await handleRefundEvent(refunds);
    return { status: 200, body: { received: true, outcome: result.outcome } };
  }
  const payment = toPaymentEvent(event);
  if (!payment) return { status: 200, body: { received: true, outcome: "not_ours" } };
  const result = await handlePaymentEvent(payment);
  return { status: 200, body: { received: true, outcome: result.outcome } };
}
