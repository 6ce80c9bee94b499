// Order emails: confirmation, shipment and refund, rendered to HTML and text by lib/mail's
// layout (which escapes every value). Pure functions of their input, so tests can read them.
import { renderEmail, type RenderedEmail } from "@/lib/mail";
import { formatMoney } from "@/lib/money";
import type { OrderSnapshot } from "@/lib/orders";

const money = (order: { currency: string }, amount: number) =>
  formatMoney({ amount, currency: order.currency });

/** The totals block, in the order the checkout showed them. */
export function totalRows(order: OrderSnapshot): Array<{ label: string; value: string }> {
  const rows = order.lines.map((line) => ({
    label: `${line.title} × ${line.quantity}`,
    value: money(order, line.lineTotalAmount),
  }));
  rows.push({ label: "Subtotal", value: money(order, order.subtotalAmount) });
  if (order.discountAmount > 0) {
    rows.push({
      label: order.discountCode ? `Discount (${order.discountCode})` : "Discount",
      value: `−${money(order, order.discountAmount)}`,
    });
  }
  rows.push({
    label: order.shippingMethod ? `Shipping (${order.shippingMethod})` : "Shipping",
    value: money(order, order.shippingAmount),
  });
  if (order.taxAmount > 0 && !order.taxInclusive)
    rows.push({ label: "Tax", value: money(order, order.taxAmount) });
  rows.push({ label: "Total", value: money(order, order.totalAmount) });
  if (order.taxAmount > 0 && order.taxInclusive)
    rows.push({ label: "Includes tax", value: money(order, order.taxAmount) });
  return rows;
}

export function orderConfirmationEmail(order: OrderSnapshot, orderUrl: string): RenderedEmail {
  return renderEmail({
    subject: `Order #${order.number} confirmed`,
    preheader: `We have your payment of ${money(order, order.totalAmount)} and are getting your order ready.`,
    heading: "Thank you for your order",
    paragraphs: [
      `We received your payment for order #${order.number}. We will email you again when it ships.`,
      ...(order.shipTo.length ? [`Shipping to: ${order.shipTo.join(", ")}`] : []),
    ],
    rows: totalRows(order),
    action: { label: "View your order", url: orderUrl },
    footnote: "Keep this email: the link above shows your order without signing in.",
  });
}

export interface ShipmentDetails {
  complete: boolean;
  carrier: string | null;
  trackingNumber: string | null;
  trackingUrl: string | null;
}

export function shipmentEmail(
  order: OrderSnapshot,
  shipment: ShipmentDetails,
  orderUrl: string,
): RenderedEmail {
  // Only web links become buttons: a merchant-typed URL is never trusted to be one.
  const trackingUrl =
    shipment.trackingUrl && /^https?:\/\//i.test(shipment.trackingUrl)
      ? shipment.trackingUrl
      : null;
  const carrier = shipment.carrier ? ` with ${shipment.carrier}` : "";
  return renderEmail({
    subject: shipment.complete
      ? `Order #${order.number} has shipped`
      : `Part of order #${order.number} has shipped`,
    preheader: shipment.trackingNumber
      ? `Tracking number ${shipment.trackingNumber}`
      : "Your parcel is on its way.",
    heading: shipment.complete ? "Your order is on its way" : "Part of your order is on its way",
    paragraphs: [
      `We shipped ${shipment.complete ? "your order" : "part of your order"} #${order.number}${carrier}.`,
      shipment.trackingNumber
        ? `Tracking number: ${shipment.trackingNumber}`
        : "This parcel has no tracking number.",
      ...(shipment.complete ? [] : ["We will email you again when the rest ships."]),
    ],
    action: trackingUrl
      ? { label: "Track your parcel", url: trackingUrl }
      : { label: "View your order", url: orderUrl },
    footnote: trackingUrl ? `Your order: ${orderUrl}` : undefined,
  });
}

export function refundEmail(
  order: OrderSnapshot,
  refund: { amount: number; complete: boolean },
  orderUrl: string,
): RenderedEmail {
  const amount = money(order, refund.amount);
  return renderEmail({
    subject: `Refund of ${amount} for order #${order.number}`,
    preheader: `We refunded ${amount} to your original payment method.`,
    heading: refund.complete
      ? "Your order has been refunded"
      : "Part of your order has been refunded",
    paragraphs: [
      `We refunded ${amount} for order #${order.number} to the card you paid with.`,
      "Banks usually take 5–10 business days to show it on your statement.",
    ],
    rows: [
      { label: "Refunded now", value: amount },
      { label: "Order total", value: money(order, order.totalAmount) },
    ],
    action: { label: "View your order", url: orderUrl },
  });
}
