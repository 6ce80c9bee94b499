// Order emails: one confirmation per paid order however often dispatch runs, shipment and refund
// mails with their details, HTML and text both, and a link only the buyer's token opens.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { inTransaction } from "@/lib/db";
import { dispatchBatch, publish, type EventPayload, type EventType } from "@/lib/events";
import { memoryTransport, setMailTransport } from "@/lib/mail";
import { createTestOrder } from "@/lib/orders/testing";
import "./handlers";
import { verifyOrderAccessToken } from "./index";

const outbox = memoryTransport();
let orderId: string;
let orderNumber: number;

beforeAll(async () => {
  setMailTransport(outbox);
  const order = await createTestOrder({
    discountAmount: 700,
    discountCode: "WELCOME10",
    shippingAmount: 599,
    lines: [
      {
        productTitle: "Field T-Shirt",
        variantTitle: "Navy / M",
        sku: "T-1",
        unitPriceAmount: 2500,
        quantity: 2,
      },
      {
        productTitle: "Canvas <Tote>",
        variantTitle: "",
        sku: "T-2",
        unitPriceAmount: 1998,
        quantity: 1,
      },
    ],
  });
  orderId = order.id;
  orderNumber = order.number;
});

afterAll(() => setMailTransport(null));
beforeEach(() => {
  outbox.sent.length = 0;
});

const emit = <T extends EventType>(type: T, payload: EventPayload<T>) =>
  inTransaction((tx) =>
    publish(tx, { type, aggregateType: "Order", aggregateId: orderId, payload } as never),
  );
const dispatch = () => dispatchBatch({ workerId: "test" });

describe("order emails", () => {
  it("sends one confirmation per OrderPaid, with lines and totals in HTML and text", async () => {
    await emit("OrderPaid", {
      orderId,
      paymentId: "pay_1",
      currency: "USD",
      amount: 6897,
      number: orderNumber,
      email: "buyer@example.com",
      cartId: null,
    });
    await dispatch();
    await dispatch();
    expect(outbox.sent).toHaveLength(1);
    const mail = outbox.sent[0]!;
    expect(mail.to).toBe("buyer@example.com");
    expect(mail.subject).toBe(`Order #${orderNumber} confirmed`);
    for (const body of [mail.text, mail.html]) {
      expect(body).toContain("$50.00");
      expect(body).toContain("$68.97");
      expect(body).toContain("WELCOME10");
      expect(body).toContain("Portland");
    }
    expect(mail.text).toContain("Field T-Shirt (Navy / M) × 2: $50.00");
    expect(mail.text).toContain("Discount (WELCOME10): −$7.00");
    // Values are escaped in the HTML.
    expect(mail.html).toContain("Canvas &lt;Tote&gt;");
    const link = /\/order\/(\d+)\/confirmation\?token=([^\s"&]+)/.exec(mail.text);
    expect(link?.[1]).toBe(String(orderNumber));
    expect(verifyOrderAccessToken(decodeURIComponent(link![2]!))).toBe(orderId);
  });

  it("sends the shipment mail with the tracking number and link, and the refund mail", async () => {
    await emit("OrderFulfilled", {
      orderId,
      fulfilmentId: "f_1",
      complete: true,
      carrier: "UPS",
      trackingNumber: "1Z999",
      trackingUrl: "https://track.example.com/1Z999",
    });
    await emit("OrderRefunded", {
      orderId,
      refundId: "r_1",
      currency: "USD",
      amount: 2500,
      complete: false,
    });
    await dispatch();
    const subjects = outbox.sent.map((m) => m.subject).sort();
    expect(subjects).toEqual(
      [`Order #${orderNumber} has shipped`, `Refund of $25.00 for order #${orderNumber}`].sort(),
    );
    const shipped = outbox.sent.find((m) => m.subject.includes("shipped"))!;
    expect(shipped.text).toContain("Tracking number: 1Z999");
    expect(shipped.text).toContain("Track your parcel: https://track.example.com/1Z999");
    expect(shipped.html).toContain("with UPS");
  });

  it("never makes a button of a non-web tracking link", async () => {
    await emit("OrderFulfilled", {
      orderId,
      fulfilmentId: "f_2",
      complete: false,
      carrier: null,
      trackingNumber: null,
      trackingUrl: "javascript:alert(1)",
    });
    await dispatch();
    expect(outbox.sent).toHaveLength(1);
    expect(outbox.sent[0]!.html).not.toContain("javascript:");
    expect(outbox.sent[0]!.subject).toBe(`Part of order #${orderNumber} has shipped`);
  });

  it("refuses forged or altered order tokens", () => {
    expect(verifyOrderAccessToken(`${orderId}.${"A".repeat(43)}`)).toBeNull();
    expect(verifyOrderAccessToken(orderId)).toBeNull();
    expect(verifyOrderAccessToken(undefined)).toBeNull();
  });
});
