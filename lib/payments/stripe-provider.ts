// The Stripe adapter: Checkout Sessions for the amount the server computed, created and refunded
// with idempotency keys. Stripe objects stop here; the rest of Cartwright sees our own types.
import Stripe from "stripe";
import { env } from "@/lib/env";
import { PaymentError } from "./errors";
import type { PaymentProvider } from "./types";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Stripe answers 409 to a request whose idempotency key is still in flight (ten tabs clicking
 * "Pay" at once): wait and send it again, and Stripe then replays the first request's response.
 */
async function retryingConflicts<T>(call: () => Promise<T>, attempts = 6): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const status = error instanceof Stripe.errors.StripeError ? error.statusCode : undefined;
      if (status !== 409 || attempt >= attempts) throw error;
      await sleep(25 * 2 ** attempt);
    }
  }
}

function wrap(action: string, error: unknown): PaymentError {
  const detail =
    error instanceof Stripe.errors.StripeError
      ? ` (${error.type}${error.code ? `: ${error.code}` : ""})`
      : "";
  return new PaymentError("provider_error", `Stripe could not ${action}${detail}`);
}

/** The public base address (SITE_URL, else AUTH_URL, else this server on localhost). */
function siteBase(): string {
  const config = env();
  return config.SITE_URL ?? config.AUTH_URL ?? `http://localhost:${config.PORT}`;
}

/**
 * Stripe refuses relative return addresses, and checkout passes paths (the test provider's page
 * lives on this site): resolve them against the configured site address, never a request's Host.
 */
function absolute(url: string): string {
  return url.startsWith("/") ? `${siteBase().replace(/\/+$/, "")}${url}` : url;
}

export function createStripeProvider(stripe: Stripe): PaymentProvider {
  return {
    name: "stripe",
    createSession: async (input) => {
      try {
        const session = await retryingConflicts(() =>
          stripe.checkout.sessions.create(
            {
              mode: "payment",
              line_items: [
                {
                  quantity: 1,
                  price_data: {
                    currency: input.currency.toLowerCase(),
                    unit_amount: input.amount,
                    product_data: { name: `Order #${input.orderNumber}` },
                  },
                },
              ],
              customer_email: input.email,
              client_reference_id: input.orderId,
              metadata: { orderId: input.orderId },
              payment_intent_data: { metadata: { orderId: input.orderId } },
              success_url: absolute(input.successUrl),
              cancel_url: absolute(input.cancelUrl),
            },
            { idempotencyKey: input.idempotencyKey },
          ),
        );
        if (!session.url)
          throw new PaymentError(
            "provider_error",
            "Stripe returned a session without a payment page",
          );
        return { reference: session.id, redirectUrl: session.url };
      } catch (error) {
        throw error instanceof PaymentError ? error : wrap("start the payment", error);
      }
    },
    refund: async (input) => {
      try {
        const session = await stripe.checkout.sessions.retrieve(input.reference);
        const intent =
          typeof session.payment_intent === "string"
            ? session.payment_intent
            : session.payment_intent?.id;
        if (!intent)
          throw new PaymentError("not_refundable", "This Stripe session has no payment to refund");
        const refund = await retryingConflicts(() =>
          stripe.refunds.create(
            {
              payment_intent: intent,
              amount: input.amount,
              // refund.updated names our refund even before its Stripe id is recorded here.
              metadata: { refundId: input.refundId },
            },
            { idempotencyKey: input.idempotencyKey },
          ),
        );
        const status =
          refund.status === "succeeded"
            ? "succeeded"
            : refund.status === "failed" || refund.status === "canceled"
              ? "failed"
              : "pending";
        return { reference: refund.id, status };
      } catch (error) {
        throw error instanceof PaymentError ? error : wrap("refund the payment", error);
      }
    },
    expireSession: async (reference) => {
      try {
        const session = await stripe.checkout.sessions.retrieve(reference);
        if (session.status === "open") await stripe.checkout.sessions.expire(reference);
      } catch (error) {
        throw wrap("expire the session", error);
      }
    },
  };
}
