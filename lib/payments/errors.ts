// Payments' typed errors: a code for pages and routes to branch on and a message a shopper or
// merchant can read. Provider failures are wrapped: their raw text may carry vendor detail.
import { AppError } from "@/lib/errors";

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

const STATUS: Record<PaymentErrorCode, number> = {
  order_not_found: 404,
  not_payable: 409,
  already_paid: 409,
  session_not_found: 404,
  invalid_card: 422,
  session_closed: 409,
  not_refundable: 409,
  invalid_amount: 422,
  provider_error: 502,
};

export class PaymentError extends AppError<PaymentErrorCode> {
  constructor(code: PaymentErrorCode, message: string) {
    super(code, message, { status: STATUS[code] });
    this.name = "PaymentError";
  }
}
