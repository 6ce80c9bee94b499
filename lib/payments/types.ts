// The payment provider seam. Adapters (the built-in test provider, Stripe) turn vendor objects
// into these types at the edge; nothing vendor-shaped reaches the rest of Cartwright.

export type ProviderName = "test" | "stripe";

export interface CreateSessionInput {
  orderId: string;
  orderNumber: number;
  /** Computed on the server from the order; never from the client. */
  amount: number;
  currency: string;
  email: string;
  /** Same key → same provider object, however many times and however concurrently it is sent. */
  idempotencyKey: string;
  successUrl: string;
  cancelUrl: string;
}

export interface ProviderSession {
  /** The provider's id of the payment object: one Payment row per reference. */
  reference: string;
  /** Where to send the shopper to pay. */
  redirectUrl: string;
}

export interface ProviderRefund {
  reference: string;
  status: "succeeded" | "pending" | "failed";
}

export interface PaymentProvider {
  readonly name: ProviderName;
  createSession(input: CreateSessionInput): Promise<ProviderSession>;
  refund(input: {
    reference: string;
    amount: number;
    currency: string;
    /** The same on every attempt of one refund: the provider refunds once. */
    idempotencyKey: string;
    /** Our Refund id, echoed back in the provider's refund events. */
    refundId: string;
  }): Promise<ProviderRefund>;
  /** Stops a session that can no longer be paid (its order was cancelled). No-op when finished. */
  expireSession(reference: string): Promise<void>;
}

export type PaymentEventType =
  "payment_succeeded" | "payment_failed" | "payment_expired" | "ignored";

/** A provider notification, normalised. `ignored` ones are stored but change nothing. */
export interface PaymentEvent {
  provider: ProviderName;
  /** The provider's own event id: the same id is processed once, however often it arrives. */
  providerEventId: string;
  type: PaymentEventType;
  /** The provider's raw event type, kept in WebhookEvent. */
  rawType: string;
  reference: string;
  orderId: string;
  amount: number;
  currency: string;
  failureMessage?: string | null;
}

export type PaymentEventOutcome =
  | "duplicate"
  | "paid"
  | "already_succeeded"
  | "failure_recorded"
  | "late_failure_ignored"
  | "expired"
  | "ignored"
  | "refunding"
  | "unknown_order";

export interface PaymentEventResult {
  outcome: PaymentEventOutcome;
  paymentId: string | null;
  /** Set when this payment's money must go back (duplicate, cancelled order, mismatch). */
  refundId: string | null;
}
