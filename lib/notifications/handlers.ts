// Order emails, sent when the order's events are dispatched: confirmation on OrderPaid,
// shipment on OrderFulfilled, refund on OrderRefunded. External handlers: the dispatcher runs
// each once per event and records it in ProcessedEvent, and OrderPaid is published exactly once
// per order (lib/orders), so each buyer gets one confirmation. Only a crash between the send
// and that record can repeat a mail, never lose one. Loaded by lib/event-subscribers.ts: no server-only.
import { registerHandler } from "@/lib/events";
import type { RenderedEmail } from "@/lib/mail";
import { absoluteSiteUrl, orderConfirmationPath } from "./order-link";
import { orderSnapshot, type OrderSnapshot } from "@/lib/orders";

type Templates = typeof import("./templates");

/**
 * Renders and sends one order's mail. lib/mail and the templates are loaded on first send, not
 * at import: every dispatching process imports lib/event-subscribers.ts at start-up, and a mail module
 * that fails to load must fail one delivery (retried, then parked with its error), not the process.
 */
async function mailOrder(
  orderId: string,
  render: (t: Templates, order: OrderSnapshot, orderUrl: string) => RenderedEmail,
): Promise<void> {
  const order = await orderSnapshot(orderId);
  // The event commits with its order, so a missing order is a bug or a deletion: retry, then park.
  if (!order) throw new Error(`Order ${orderId} not found for its email`);
  const [mail, templates] = await Promise.all([import("@/lib/mail"), import("./templates")]);
  const url = absoluteSiteUrl(orderConfirmationPath(order));
  await mail.sendMail({ to: order.email, ...render(templates, order, url) });
}

registerHandler({
  name: "notifications.order-confirmation",
  events: ["OrderPaid"],
  external: true,
  handle: (event) =>
    mailOrder(event.payload.orderId, (t, order, url) => t.orderConfirmationEmail(order, url)),
});

registerHandler({
  name: "notifications.order-shipped",
  events: ["OrderFulfilled"],
  external: true,
  handle: (event) => {
    const { complete, carrier, trackingNumber, trackingUrl } = event.payload;
    return mailOrder(event.payload.orderId, (t, order, url) =>
      t.shipmentEmail(order, { complete, carrier, trackingNumber, trackingUrl }, url),
    );
  },
});

registerHandler({
  name: "notifications.order-refunded",
  events: ["OrderRefunded"],
  external: true,
  handle: (event) => {
    const { amount, complete } = event.payload;
    return mailOrder(event.payload.orderId, (t, order, url) =>
      t.refundEmail(order, { amount, complete }, url),
    );
  },
});
