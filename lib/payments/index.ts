// Payments: the public face of lib/payments. One PaymentProvider interface, two adapters: the
// built-in test provider (default) and Stripe (when STRIPE_SECRET_KEY is set). Every provider
// notification goes through handlePaymentEvent, which applies each event exactly once.
//
// Checkout flow: placeOrder (lib/checkout) → startPayment → redirect the shopper to redirectUrl
//   test provider: `${TEST_PAYMENT_PATH}/${sessionId}` (a page that calls getTestPaymentSession
//   and, on submit, confirmTestPayment); Stripe: its hosted page, then POST /api/webhooks/stripe.
export { startPayment } from "./start-payment";
export type { StartedPayment } from "./start-payment";
export { confirmTestPayment, getTestPaymentSession } from "./test-payments";
export type { TestPaymentResult, TestPaymentSession } from "./test-payments";
export { handlePaymentEvent } from "./handle-event";
export { receiveStripeWebhook, toPaymentEvent, toRefundEvent } from "./stripe-webhook";
export type { WebhookResponse } from "./stripe-webhook";
export { refundOrder } from "./refunds";
export type { RefundResult } from "./refunds";
export { ALERT_AFTER_ATTEMPTS, retryDelayMs } from "./refund-execution";
export { retryRefunds, startRefundRetries, STALE_PENDING_MS } from "./refund-retries";
export { handleRefundEvent } from "./refund-events";
export type { ProviderRefundUpdate, RefundEvent, RefundEventOutcome } from "./refund-events";
export { getPaymentsForOrder } from "./queries";
export type { PaymentView } from "./queries";
export { activeProvider, providerFor, setPaymentProviders } from "./provider";
export { createStripeProvider } from "./stripe-provider";
export {
  createTestProvider,
  TEST_CARD_DECLINE,
  TEST_CARD_SUCCESS,
  TEST_PAYMENT_PATH,
} from "./test-provider";
export { PaymentError } from "./errors";
export type { PaymentErrorCode } from "./errors";
export { refundOrderSchema, startPaymentSchema } from "./schemas";
export type { RefundOrderInput, StartPaymentInput } from "./schemas";
export type {
  CreateSessionInput,
  PaymentEvent,
  PaymentEventOutcome,
  PaymentEventResult,
  PaymentEventType,
  PaymentProvider,
  ProviderName,
  ProviderRefund,
  ProviderSession,
} from "./types";
