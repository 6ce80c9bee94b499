// POST /api/webhooks/stripe under duplicate, shuffled and out-of-order delivery: 50 orders, each
// payment event delivered 5 times, deliveries shuffled across all orders and sent 20 at a time.
// Every order ends in the right state with exactly one Payment row and (when paid) one OrderPaid;
// a bad signature gets 400 and changes nothing.
import Stripe from "stripe";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  californiaAddress,
  createCart,
  createProduct,
  createStoreSettings,
  ledgerTotals,
  outboxCount,
  stockOf,
  type FixtureVariant,
} from "@/lib/checkout/testing";
import { sessionEvent, sign, type SessionEventType } from "./stripe-testing";

const secret = "whsec_webhook_test_secret";
process.env.STRIPE_SECRET_KEY = "sk_test_webhook_suite";
process.env.STRIPE_WEBHOOK_SECRET = secret;
const { POST } = await import("@/app/api/webhooks/stripe/route");
const { placeOrder } = await import("@/lib/checkout");

const stripe = new Stripe("sk_test_webhook_suite", { telemetry: false });
const post = (body: string, signature: string | null) =>
  POST(
    new Request("http://shop/api/webhooks/stripe", {
      method: "POST",
      body,
      headers: signature ? { "stripe-signature": signature } : {},
    }),
    {},
  );

type Scenario = "paid" | "failed_then_paid" | "failed" | "expired";
const scenarios: Scenario[] = ["paid", "failed_then_paid", "failed", "expired"];
const plan: Record<Scenario, SessionEventType[]> = {
  paid: ["checkout.session.completed"],
  failed_then_paid: [
    "checkout.session.async_payment_failed",
    "checkout.session.async_payment_succeeded",
  ],
  failed: ["checkout.session.async_payment_failed"],
  expired: ["checkout.session.expired"],
};

interface Case {
  orderId: string;
  total: number;
  scenario: Scenario;
  session: string;
}
let variant: FixtureVariant;
const cases: Case[] = [];

function shuffle<T>(items: T[], seed = 42): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

beforeAll(async () => {
  variant = (await createProduct([{ priceAmount: 2000, onHand: 500 }]))
    .variants[0] as FixtureVariant;
  const { standard } = await createStoreSettings();
  for (let i = 0; i < 50; i++) {
    const cart = await createCart([{ variantId: variant.id, quantity: 2 }]);
    const placed = await placeOrder({
      cartId: cart.cartId,
      cartVersion: cart.version,
      email: `w${i}@example.com`,
      shippingAddress: californiaAddress,
      shippingMethodId: standard,
    });
    cases.push({
      orderId: placed.orderId,
      total: placed.totalAmount,
      scenario: scenarios[i % 4] as Scenario,
      session: `cs_test_webhook_${i}`,
    });
  }
}, 240_000);

describe("POST /api/webhooks/stripe", () => {
  it("refuses a bad signature with 400 and changes nothing", async () => {
    const target = cases[0] as Case;
    const body = sessionEvent("evt_forged", "checkout.session.completed", {
      id: target.session,
      orderId: target.orderId,
      amount: target.total,
    });
    const prisma = await db();
    const before = [
      await prisma.webhookEvent.count(),
      await prisma.payment.count(),
      await prisma.outboxEvent.count(),
    ];
    expect((await post(body, sign(stripe, body, "whsec_someone_else"))).status).toBe(400);
    expect(
      (
        await post(
          body.replace(`"amount_total":${target.total}`, '"amount_total":1'),
          sign(stripe, body, secret),
        )
      ).status,
    ).toBe(400);
    expect((await post(body, null)).status).toBe(400);
    expect((await post(body, "t=1,v1=deadbeef")).status).toBe(400);
    expect([
      await prisma.webhookEvent.count(),
      await prisma.payment.count(),
      await prisma.outboxEvent.count(),
    ]).toEqual(before);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: target.orderId } })).status).toBe(
      "PENDING_PAYMENT",
    );
  });

  it("applies 50 orders' events, each delivered 5 times, shuffled and out of order, exactly once", async () => {
    const deliveries = shuffle(
      cases.flatMap((c) =>
        plan[c.scenario].flatMap((type, n) => {
          const body = sessionEvent(`evt_${c.session}_${n}`, type, {
            id: c.session,
            orderId: c.orderId,
            amount: c.total,
          });
          return Array.from({ length: 5 }, () => body);
        }),
      ),
    );
    // Out of order for real: at least some failures arrive after their success.
    const firstIndex = (c: Case, n: number) =>
      deliveries.findIndex((b) => b.includes(`evt_${c.session}_${n}`));
    expect(
      cases.filter((c) => c.scenario === "failed_then_paid" && firstIndex(c, 0) > firstIndex(c, 1))
        .length,
    ).toBeGreaterThan(0);

    const statuses: number[] = [];
    for (let i = 0; i < deliveries.length; i += 20) {
      const batch = deliveries.slice(i, i + 20);
      statuses.push(
        ...(await Promise.all(batch.map((body) => post(body, sign(stripe, body, secret))))).map(
          (r) => r.status,
        ),
      );
    }
    expect(statuses.every((s) => s === 200)).toBe(true);

    const prisma = await db();
    for (const c of cases) {
      const order = await prisma.order.findUniqueOrThrow({
        where: { id: c.orderId },
        include: { payments: true, reservations: true },
      });
      expect(order.payments).toHaveLength(1);
      const payment = order.payments[0];
      const paid = c.scenario === "paid" || c.scenario === "failed_then_paid";
      expect([c.scenario, order.status]).toEqual([c.scenario, paid ? "PAID" : "PENDING_PAYMENT"]);
      expect(payment?.status).toBe(
        {
          paid: "SUCCEEDED",
          failed_then_paid: "SUCCEEDED",
          failed: "FAILED",
          expired: "CANCELLED",
        }[c.scenario],
      );
      expect(await outboxCount("OrderPaid", c.orderId)).toBe(paid ? 1 : 0);
      expect(order.reservations[0]?.status).toBe(
        { paid: "CONVERTED", failed_then_paid: "CONVERTED", failed: "RELEASED", expired: "ACTIVE" }[
          c.scenario
        ],
      );
    }
    const distinctEvents = cases.reduce((n, c) => n + plan[c.scenario].length, 0);
    expect(await prisma.webhookEvent.count()).toBe(distinctEvents);
    expect(await prisma.refund.count()).toBe(0);

    // Stock: paid orders sold 2 each, expired ones still hold 2 each, failed ones hold nothing.
    const count = (s: Scenario) => cases.filter((c) => c.scenario === s).length;
    const sold = 2 * (count("paid") + count("failed_then_paid"));
    expect(await stockOf(variant.id)).toEqual({
      onHand: 500 - sold,
      reserved: 2 * count("expired"),
    });
    expect(await ledgerTotals(variant.id)).toEqual(await stockOf(variant.id));
  }, 600_000);
});
