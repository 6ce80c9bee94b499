// Payments' typed errors: a code for pages and routes to branch on and a message a shopper or
// merchant can read. Provider failures are wrapped: their raw text may carry vendor detail.

export type PaymentErrorCode =
  | "order_not_found"
  | "not_payable"
  | "already_paid"
  | "session_not_found"
  | "invalid_card"
  | "session_closed"
  | "not_refundable"
  | "invalid_amount"
  | "provider_error";

export class PaymentError extends Error {
  constructor(
    readonly code: PaymentErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "PaymentError";
  }
}
