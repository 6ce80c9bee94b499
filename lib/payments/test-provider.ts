// The built-in test provider (the default without STRIPE_SECRET_KEY): sessions are local, paid on
// Cartwright's own page with the two well-known test cards. Its outcomes go through the same
// handlePaymentEvent as Stripe's webhooks, so the test journey exercises the real code path.
import { createHash } from "node:crypto";
import type { PaymentProvider } from "./types";

/** Where the test provider's payment page lives: `${TEST_PAYMENT_PATH}/${sessionId}`. */
export const TEST_PAYMENT_PATH = "/checkout/pay";
export const TEST_CARD_SUCCESS = "4242 4242 4242 4242";
export const TEST_CARD_DECLINE = "4000 0000 0000 0002";
export const TEST_SESSION_ID = /^tps_[a-f0-9]{24}$/;

const digest = (value: string) => createHash("sha256").update(value).digest("hex").slice(0, 24);

/**
 * What the test card decides. The number is only compared here: callers must not keep, store or
 * log it (it is not passed on anywhere).
 */
export function decideTestCard(cardNumber: string): "succeeded" | "declined" | "invalid" {
  const digits = cardNumber.replace(/[\s-]/g, "");
  if (digits === TEST_CARD_SUCCESS.replaceAll(" ", "")) return "succeeded";
  if (digits === TEST_CARD_DECLINE.replaceAll(" ", "")) return "declined";
  return "invalid";
}

export function createTestProvider(): PaymentProvider {
  return {
    name: "test",
    // Deterministic from the idempotency key, like a provider honouring Idempotency-Key.
    createSession: async (input) => {
      const reference = `tps_${digest(input.idempotencyKey)}`;
      return { reference, redirectUrl: `${TEST_PAYMENT_PATH}/${reference}` };
    },
    refund: async (input) => ({
      reference: `tpr_${digest(input.idempotencyKey)}`,
      status: "succeeded",
    }),
    // Nothing to stop: confirmTestPayment refuses sessions whose order is no longer payable.
    expireSession: async () => {},
  };
}
