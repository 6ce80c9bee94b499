// Money owed to a shopper reaches them: a refund that fails at the provider stays PENDING and is
// retried by the worker with backoff and the same idempotency key (one provider refund however
// many attempts), a PENDING refund abandoned by a crash is picked up by the sweep, an automatic
// refund that fails is retried too, Stripe's refund.updated settles a refund, and the admins are
// alerted once when a refund keeps failing or is refused.
import { randomUUID } from "node:crypto";
import Stripe from "stripe";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { memoryTransport, setMailTransport, type SentMail } from "@/lib/mail";
import {
  californiaAddress,
  createCart,
  createProduct,
  createStoreSettings,
  type FixtureVariant,
} from "@/lib/checkout/testing";
import { sign, stripeEvent } from "./stripe-testing";
import type { PaymentProvider } from "./types";

process.env.AUTH_SECRET = "test-secret-0123456789-0123456789-abcdef";
const secret = "whsec_refund_retries";
const { placeOrder } = await import("@/lib/checkout");
const { makeUser } = await import("@/lib/auth/testing");
const payments = await import("./index");

let variant: FixtureVariant;
let shipping: string;
let mail: ReturnType<typeof memoryTransport>;
let admins: string[];

beforeAll(async () => {
  variant = (await createProduct([{ priceAmount: 2000, onHand: 100 }]))
    .variants[0] as FixtureVariant;
  shipping = (await createStoreSettings()).standard;
  admins = [(await makeUser({ role: "ADMIN" })).email, (await makeUser({ role: "ADMIN" })).email];
  await makeUser({ role: "STAFF" });
}, 180_000);
afterEach(() => {
  payments.setPaymentProviders(null);
  setMailTransport(null);
});

/**
 * A provider that honours idempotency keys like Stripe (a key refunds once, then replays its
 * answer) and fails the first `failures` calls before reaching it.
 */
function flakyProvider(failures: number) {
  const calls: string[] = [];
  const refunds = new Map<string, string>();
  const provider: PaymentProvider = {
    ...payments.createTestProvider(),
    refund: async (input) => {
      calls.push(input.idempotencyKey);
      if (calls.length <= failures)
        throw new payments.PaymentError("provider_error", `Provider down (call ${calls.length})`);
      const reference = refunds.get(input.idempotencyKey) ?? `re_${randomUUID()}`;
      refunds.set(input.idempotencyKey, reference);
      return { reference, status: "succeeded" };
    },
  };
  return { provider, calls, refunds };
}

let orders = 0;
/** A paid order; the payment comes from `provider` ("test" or "stripe"). */
async function paidOrder(provider: "test" | "stripe" = "test") {
  const cart = await createCart([{ variantId: variant.id, quantity: 1 }]);
  const placed = await placeOrder({
    cartId: cart.cartId,
    cartVersion: cart.version,
    email: `refund${++orders}@example.com`,
    shippingAddress: californiaAddress,
    shippingMethodId: shipping,
  });
  const order = await (await db()).order.findUniqueOrThrow({ where: { id: placed.orderId } });
  const reference = `${provider === "stripe" ? "cs" : "tps"}_${randomUUID()}`;
  await payments.handlePaymentEvent({
    provider,
    providerEventId: `evt_${randomUUID()}`,
    type: "payment_succeeded",
    rawType: "checkout.session.completed",
    reference,
    orderId: order.id,
    amount: order.totalAmount,
    currency: order.currency,
  });
  return { orderId: order.id, total: order.totalAmount, reference };
}

const refundRow = async (id: string) => (await db()).refund.findUniqueOrThrow({ where: { id } });
const orderStatus = async (id: string) =>
  (await (await db()).order.findUniqueOrThrow({ where: { id } })).status;
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

describe("retries", () => {
  it("a provider that fails twice then succeeds: one SUCCEEDED refund, one provider refund", async () => {
    const { orderId, total } = await paidOrder();
    const line = await (await db()).orderLine.findFirstOrThrow({ where: { orderId } });
    const flaky = flakyProvider(2);
    payments.setPaymentProviders({ test: flaky.provider });

    const start = new Date();
    const first = await payments.refundOrder({
      orderId,
      restock: [{ orderLineId: line.id, quantity: 1 }],
    });
    expect(first.status).toBe("pending");
    let refund = await refundRow(first.refundId);
    expect(refund).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(refund.lastError).toContain("Provider down");
    expect(refund.nextAttemptAt?.getTime()).toBeGreaterThan(start.getTime());

    // Not due yet: nothing is sent.
    expect((await payments.retryRefunds(new Date())).size).toBe(0);
    expect(flaky.calls).toHaveLength(1);

    // Backoff: the second retry waits twice as long as the first.
    const second = later(refund.nextAttemptAt as Date, 1);
    expect(await payments.retryRefunds(second)).toEqual(new Map([[first.refundId, "pending"]]));
    refund = await refundRow(first.refundId);
    expect(refund.attempts).toBe(2);
    expect((refund.nextAttemptAt as Date).getTime() - second.getTime()).toBe(
      payments.retryDelayMs(2),
    );
    expect(payments.retryDelayMs(2)).toBe(2 * payments.retryDelayMs(1));

    const third = later(refund.nextAttemptAt as Date, 1);
    expect(await payments.retryRefunds(third)).toEqual(new Map([[first.refundId, "succeeded"]]));
    refund = await refundRow(first.refundId);
    expect(refund).toMatchObject({ status: "SUCCEEDED", attempts: 3, nextAttemptAt: null });
    expect(flaky.calls).toEqual(Array(3).fill(`refund:${first.refundId}`));
    expect(flaky.refunds.size).toBe(1);
    expect(refund.providerReference).toBe([...flaky.refunds.values()][0]);
    expect(await (await db()).refund.count({ where: { orderId } })).toBe(1);
    expect(await orderStatus(orderId)).toBe("REFUNDED");
    // The restock asked for with the refund happened when it finally went through.
    expect(
      (await (await db()).orderLine.findUniqueOrThrow({ where: { id: line.id } })).refundedQuantity,
    ).toBe(1);
    expect(refund.amount).toBe(total);

    // Settled: later sweeps leave it alone.
    expect((await payments.retryRefunds(later(third, 86_400_000))).size).toBe(0);
    expect(flaky.calls).toHaveLength(3);
  });

  it("picks up a PENDING refund left by a crash once it is older than the threshold", async () => {
    const { orderId, total } = await paidOrder();
    const prisma = await db();
    const payment = await prisma.payment.findFirstOrThrow({ where: { orderId } });
    // The intent committed, then the process died before calling the provider.
    const refund = await prisma.refund.create({
      data: { orderId, paymentId: payment.id, amount: total, reason: "crashed mid-refund" },
    });
    const flaky = flakyProvider(0);
    payments.setPaymentProviders({ test: flaky.provider });

    expect((await payments.retryRefunds(new Date())).size).toBe(0);
    const swept = await payments.retryRefunds(later(new Date(), payments.STALE_PENDING_MS + 1000));
    expect(swept.get(refund.id)).toBe("succeeded");
    expect(await refundRow(refund.id)).toMatchObject({ status: "SUCCEEDED", attempts: 1 });
    expect(flaky.calls).toEqual([`refund:${refund.id}`]);
    expect(await orderStatus(orderId)).toBe("REFUNDED");
  });

  it("retries an automatic refund (a second payment) that failed, instead of only logging it", async () => {
    const { orderId, total } = await paidOrder();
    const flaky = flakyProvider(1);
    payments.setPaymentProviders({ test: flaky.provider });
    const second = await payments.handlePaymentEvent({
      provider: "test",
      providerEventId: `evt_${randomUUID()}`,
      type: "payment_succeeded",
      rawType: "checkout.session.completed",
      reference: `tps_${randomUUID()}`,
      orderId,
      amount: total,
      currency: "USD",
    });
    expect(second.outcome).toBe("refunding");
    const refundId = second.refundId as string;
    const refund = await refundRow(refundId);
    expect(refund).toMatchObject({ status: "PENDING", attempts: 1 });
    const retried = await payments.retryRefunds(later(refund.nextAttemptAt as Date, 1));
    expect(retried.get(refundId)).toBe("succeeded");
    expect(flaky.refunds.size).toBe(1);
    expect(await orderStatus(orderId)).toBe("PAID");
  });
});

describe("admin alert", () => {
  it("mails every admin once when a refund keeps failing, however often it fails after", async () => {
    mail = memoryTransport();
    setMailTransport(mail);
    const { orderId } = await paidOrder();
    const flaky = flakyProvider(Number.POSITIVE_INFINITY);
    payments.setPaymentProviders({ test: flaky.provider });
    const { refundId } = await payments.refundOrder({ orderId });
    const alerts = () => mail.sent.filter((m: SentMail) => m.subject.startsWith("Refund of"));

    let now = new Date();
    for (let attempt = 2; attempt <= payments.ALERT_AFTER_ATTEMPTS + 3; attempt++) {
      if (attempt === payments.ALERT_AFTER_ATTEMPTS) expect(alerts()).toHaveLength(0);
      now = later((await refundRow(refundId)).nextAttemptAt as Date, 1);
      expect((await payments.retryRefunds(now)).get(refundId)).toBe("pending");
    }
    expect(flaky.calls).toHaveLength(payments.ALERT_AFTER_ATTEMPTS + 3);
    expect(
      alerts()
        .map((m) => m.to)
        .sort(),
    ).toEqual([...admins].sort());
    expect(alerts()[0]?.text).toContain("Provider down");
    expect((await refundRow(refundId)).alertedAt).not.toBeNull();
    // Still owed, still retried: the alert does not stop the retries.
    expect((await refundRow(refundId)).status).toBe("PENDING");
  });
});

describe("Stripe refund events", () => {
  const stripe = new Stripe("sk_test_refund_events", { telemetry: false });
  const refundEvent = (
    id: string,
    type: "refund.updated" | "charge.refunded",
    refund: { id: string; status: string; refundId?: string },
  ) => {
    const object = {
      id: refund.id,
      object: "refund",
      status: refund.status,
      amount: 100,
      currency: "usd",
      metadata: refund.refundId ? { refundId: refund.refundId } : {},
      failure_reason: refund.status === "failed" ? "expired_or_canceled_card" : null,
    };
    return stripeEvent(
      id,
      type,
      type === "refund.updated"
        ? object
        : { id: `ch_${id}`, object: "charge", refunds: { object: "list", data: [object] } },
    );
  };
  const deliver = (body: string) =>
    payments.receiveStripeWebhook(body, sign(stripe, body, secret), { stripe, secret });

  async function pendingStripeRefund(providerReference: string | null) {
    const { orderId, total } = await paidOrder("stripe");
    const prisma = await db();
    const payment = await prisma.payment.findFirstOrThrow({ where: { orderId } });
    const refund = await prisma.refund.create({
      data: { orderId, paymentId: payment.id, amount: total, providerReference },
    });
    return { orderId, refundId: refund.id };
  }

  it("refund.updated succeeded moves a PENDING refund to SUCCEEDED, once", async () => {
    const { orderId, refundId } = await pendingStripeRefund(null);
    // Found by our id in the metadata even before its Stripe id was recorded (a crash).
    const body = refundEvent(`evt_${randomUUID()}`, "refund.updated", {
      id: `re_${randomUUID()}`,
      status: "succeeded",
      refundId,
    });
    expect((await deliver(body)).body.outcome).toBe("refunds_updated");
    expect(await refundRow(refundId)).toMatchObject({ status: "SUCCEEDED" });
    expect(await orderStatus(orderId)).toBe("REFUNDED");
    expect((await deliver(body)).body.outcome).toBe("duplicate");
  });

  it("refund.updated failed moves a refund to FAILED and alerts the admins once", async () => {
    mail = memoryTransport();
    setMailTransport(mail);
    const reference = `re_${randomUUID()}`;
    const { orderId, refundId } = await pendingStripeRefund(reference);
    const failed = (id: string) =>
      refundEvent(id, "refund.updated", { id: reference, status: "failed" });
    expect((await deliver(failed(`evt_${randomUUID()}`))).body.outcome).toBe("refunds_updated");
    const refund = await refundRow(refundId);
    expect(refund.status).toBe("FAILED");
    expect(refund.lastError).toContain("expired_or_canceled_card");
    expect(await orderStatus(orderId)).toBe("PAID");
    // The same news again (another event id) changes nothing and sends nothing.
    expect((await deliver(failed(`evt_${randomUUID()}`))).body.outcome).toBe("ignored");
    expect(mail.sent.map((m) => m.to).sort()).toEqual([...admins].sort());
    expect(mail.sent[0]?.text).toContain("refused the refund");
  });

  it("charge.refunded settles the refunds it lists", async () => {
    const reference = `re_${randomUUID()}`;
    const { refundId } = await pendingStripeRefund(reference);
    const body = refundEvent(`evt_${randomUUID()}`, "charge.refunded", {
      id: reference,
      status: "succeeded",
    });
    expect((await deliver(body)).body.outcome).toBe("refunds_updated");
    expect((await refundRow(refundId)).status).toBe("SUCCEEDED");
  });
});
