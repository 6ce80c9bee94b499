// The Stripe adapter against a local server that records what the SDK sends: no double charge
// under 10 concurrent "Pay" submissions plus racing webhooks, the server-computed amount and
// idempotency keys on every create, refunds through the API, and a second paid session refunded.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  californiaAddress,
  createCart,
  createProduct,
  createStoreSettings,
  outboxCount,
  type FixtureVariant,
} from "@/lib/checkout/testing";
import { sessionEvent, sign, startStripeRecorder, type StripeRecorder } from "./stripe-testing";

const secret = "whsec_stripe_adapter_secret";
process.env.STRIPE_SECRET_KEY = "sk_test_stripe_adapter";
process.env.STRIPE_WEBHOOK_SECRET = secret;
// Checkout hands the adapter paths; Stripe needs absolute addresses on this site.
process.env.SITE_URL = "https://shop.example";
const { placeOrder } = await import("@/lib/checkout");
const payments = await import("./index");

let recorder: StripeRecorder;
let variant: FixtureVariant;
let shipping: string;
const urls = {
  successUrl: "/order/1001/confirmation?token=abc",
  cancelUrl: "/checkout",
};

beforeAll(async () => {
  recorder = await startStripeRecorder();
  payments.setPaymentProviders({ stripe: payments.createStripeProvider(recorder.stripe) });
  variant = (await createProduct([{ priceAmount: 3100, onHand: 40 }]))
    .variants[0] as FixtureVariant;
  shipping = (await createStoreSettings()).express;
});
afterAll(async () => {
  payments.setPaymentProviders(null);
  await recorder.close();
});

async function newCart(quantity = 1) {
  return createCart([{ variantId: variant.id, quantity }]);
}
const pay = async (cart: { cartId: string; version: number }) => {
  const placed = await placeOrder({
    cartId: cart.cartId,
    cartVersion: cart.version,
    email: "payer@example.com",
    shippingAddress: californiaAddress,
    shippingMethodId: shipping,
  });
  return payments.startPayment({ orderId: placed.orderId, ...urls });
};
const deliver = (body: string) =>
  payments.receiveStripeWebhook(body, sign(recorder.stripe, body, secret), {
    stripe: recorder.stripe,
    secret,
  });

describe("no double charge", () => {
  it("10 concurrent Pay submissions and racing webhooks: one order, one session, one capture", async () => {
    const cart = await newCart(2);
    const before = recorder.requests.length;
    let sessionId = "";
    const webhooks = (async () => {
      for (let waited = 0; !recorder.sessions.size; waited += 5) {
        if (waited > 90_000) throw new Error("no Checkout Session was ever created");
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      sessionId = [...recorder.sessions.keys()][0] as string;
      const orderId = recorder.sessions.get(sessionId)?.client_reference_id as string;
      const amount = recorder.sessions.get(sessionId)?.amount_total as number;
      const body = sessionEvent("evt_race_1", "checkout.session.completed", {
        id: sessionId,
        orderId,
        amount,
      });
      return Promise.all([deliver(body), deliver(body), deliver(body)]);
    })();
    const submissions = await Promise.allSettled(Array.from({ length: 10 }, () => pay(cart)));
    const failures = submissions.flatMap((s) =>
      s.status === "rejected" ? [s.reason as Error] : [],
    );
    expect(
      failures
        .filter((e) => (e as { code?: string }).code !== "already_paid")
        .map((e) => e.message),
    ).toEqual([]);
    await webhooks;

    const prisma = await db();
    const orders = await prisma.order.findMany({
      where: { cartId: cart.cartId },
      include: { payments: true },
    });
    expect(orders).toHaveLength(1);
    const order = orders[0];
    if (!order) throw new Error("no order");
    expect(order.status).toBe("PAID");
    expect(order.payments).toHaveLength(1);
    expect(order.payments[0]).toMatchObject({
      providerReference: sessionId,
      status: "SUCCEEDED",
      amount: order.totalAmount,
    });

    // Every submission either got that one session or was told the order is already paid.
    for (const s of submissions) {
      if (s.status === "fulfilled") expect(s.value.sessionId).toBe(sessionId);
      else expect(s.reason).toMatchObject({ code: "already_paid" });
    }
    const creates = recorder.requests
      .slice(before)
      .filter((r) => r.method === "POST" && r.path === "/v1/checkout/sessions");
    expect(creates.length).toBeGreaterThan(0);
    expect(new Set(creates.map((r) => r.idempotencyKey))).toEqual(new Set([`pay:${order.id}:1`]));
    for (const r of creates) {
      expect(r.body.get("line_items[0][price_data][unit_amount]")).toBe(String(order.totalAmount));
      expect(r.body.get("metadata[orderId]")).toBe(order.id);
      expect(r.body.get("success_url")).toBe(
        "https://shop.example/order/1001/confirmation?token=abc",
      );
      expect(r.body.get("cancel_url")).toBe("https://shop.example/checkout");
    }
    expect(recorder.sessions.size).toBe(1);
    expect(recorder.requests.filter((r) => r.path === "/v1/refunds")).toHaveLength(0);
    expect(await outboxCount("OrderPaid", order.id)).toBe(1);
  }, 180_000);
});

describe("refunds", () => {
  it("refunds part, then the rest, through the API with idempotency keys", async () => {
    const started = await pay(await newCart(1));
    const session = recorder.sessions.get(started.sessionId) as {
      client_reference_id: string;
      amount_total: number;
    };
    await deliver(
      sessionEvent("evt_refund_paid", "checkout.session.completed", {
        id: started.sessionId,
        orderId: session.client_reference_id,
        amount: session.amount_total,
      }),
    );
    const orderId = session.client_reference_id;

    const part = await payments.refundOrder({ orderId, amount: 1000, reason: "scratched" });
    expect(part).toMatchObject({ amount: 1000, status: "succeeded" });
    const prisma = await db();
    expect((await prisma.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe(
      "PARTIALLY_REFUNDED",
    );
    await expect(
      payments.refundOrder({ orderId, amount: session.amount_total }),
    ).rejects.toMatchObject({ code: "invalid_amount" });
    const rest = await payments.refundOrder({ orderId });
    expect(rest.amount).toBe(session.amount_total - 1000);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe(
      "REFUNDED",
    );

    const refundCalls = recorder.requests.filter((r) => r.path === "/v1/refunds");
    expect(refundCalls.map((r) => [r.body.get("amount"), r.idempotencyKey])).toEqual([
      ["1000", `refund:${part.refundId}`],
      [String(session.amount_total - 1000), `refund:${rest.refundId}`],
    ]);
    expect(refundCalls.every((r) => r.body.get("payment_intent")?.startsWith("pi_test_"))).toBe(
      true,
    );
    expect(await outboxCount("OrderRefunded", orderId)).toBe(2);
    await expect(payments.refundOrder({ orderId })).rejects.toMatchObject({
      code: "illegal_transition",
    });
  });

  it("refunds a second session paid for an order already paid, without touching the order", async () => {
    const first = await pay(await newCart(1));
    const info = recorder.sessions.get(first.sessionId) as {
      client_reference_id: string;
      amount_total: number;
    };
    const orderId = info.client_reference_id;
    const prisma = await db();
    // A second session for the same order (say the first failed at Stripe and the shopper retried).
    await prisma.payment.update({
      where: { providerReference: first.sessionId },
      data: { status: "FAILED" },
    });
    const second = await payments.startPayment({ orderId, ...urls });
    expect(second.sessionId).not.toBe(first.sessionId);
    const refundsBefore = recorder.requests.filter((r) => r.path === "/v1/refunds").length;

    await deliver(
      sessionEvent("evt_dup_a", "checkout.session.completed", {
        id: first.sessionId,
        orderId,
        amount: info.amount_total,
      }),
    );
    await deliver(
      sessionEvent("evt_dup_b", "checkout.session.completed", {
        id: second.sessionId,
        orderId,
        amount: info.amount_total,
      }),
    );

    const order = await prisma.order.findUniqueOrThrow({
      where: { id: orderId },
      include: { payments: true, refunds: true },
    });
    expect(order.status).toBe("PAID");
    expect(order.payments.map((p) => p.status)).toEqual(["SUCCEEDED", "SUCCEEDED"]);
    expect(order.refunds).toHaveLength(1);
    expect(order.refunds[0]).toMatchObject({ status: "SUCCEEDED", amount: info.amount_total });
    expect(recorder.requests.filter((r) => r.path === "/v1/refunds").length).toBe(
      refundsBefore + 1,
    );
    expect(await outboxCount("OrderPaid", orderId)).toBe(1);
  });
});
