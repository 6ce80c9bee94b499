// One order for its shopper: lines, totals, addresses, shipments and the timeline.
import type { OrderDetails } from "@/lib/orders";
import { formatMoney } from "@/lib/money";
import { AddressBlock } from "./address-block";
import { OrderStatusBadge } from "./order-status";
import { OrderTimeline } from "./order-timeline";

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

export function OrderDetail({
  order,
  countryName,
}: {
  order: OrderDetails;
  countryName: (code: string) => string;
}) {
  const money = (amount: number) => formatMoney({ amount, currency: order.currency });
  const totals = [
    { label: "Subtotal", value: money(order.subtotalAmount) },
    ...(order.discountAmount
      ? [
          {
            label: `Discount${order.discountCode ? ` (${order.discountCode})` : ""}`,
            value: `−${money(order.discountAmount)}`,
          },
        ]
      : []),
    {
      label: `Shipping${order.shippingMethod ? ` (${order.shippingMethod.name})` : ""}`,
      value: money(order.shippingAmount),
    },
    { label: order.taxInclusive ? "Tax (included)" : "Tax", value: money(order.taxAmount) },
  ];
  return (
    <div className="space-y-8">
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold tracking-tight text-ink">Order #{order.number}</h1>
        <OrderStatusBadge status={order.status} />
        <p className="w-full text-sm text-ink-muted">
          Placed on {dateFormat.format(order.placedAt)}
        </p>
      </header>

      <section aria-labelledby="items-heading">
        <h2 id="items-heading" className="text-lg font-semibold text-ink">
          Items
        </h2>
        <ul className="mt-3 divide-y divide-paper-line rounded-card border border-paper-line">
          {order.lines.map((line) => (
            <li key={line.id} className="flex flex-wrap justify-between gap-3 p-4 text-sm">
              <span>
                <span className="block font-medium text-ink">{line.productTitle}</span>
                <span className="block text-ink-muted">
                  {line.variantTitle} · {line.quantity} × {money(line.unitPriceAmount)}
                </span>
              </span>
              <span className="font-semibold text-ink">{money(line.lineTotalAmount)}</span>
            </li>
          ))}
        </ul>
        <dl className="mt-4 space-y-1 text-sm">
          {totals.map((row) => (
            <div key={row.label} className="flex justify-between">
              <dt className="text-ink-muted">{row.label}</dt>
              <dd className="text-ink">{row.value}</dd>
            </div>
          ))}
          <div className="flex justify-between border-t border-paper-line pt-2 text-base font-semibold">
            <dt>Total</dt>
            <dd>{money(order.totalAmount)}</dd>
          </div>
        </dl>
      </section>

      <div className="grid gap-6 sm:grid-cols-2">
        <section aria-labelledby="ship-to-heading">
          <h2 id="ship-to-heading" className="text-lg font-semibold text-ink">
            Shipping to
          </h2>
          <div className="mt-2">
            <AddressBlock
              address={order.shippingAddress}
              countryName={countryName(order.shippingAddress.country)}
            />
          </div>
        </section>
        {order.fulfilments.length ? (
          <section aria-labelledby="shipments-heading">
            <h2 id="shipments-heading" className="text-lg font-semibold text-ink">
              Shipments
            </h2>
            <ul className="mt-2 space-y-2 text-sm">
              {order.fulfilments.map((f) => (
                <li key={f.id}>
                  Shipped {dateFormat.format(f.shippedAt)}
                  {f.carrier ? ` with ${f.carrier}` : ""}
                  {f.trackingNumber ? (
                    f.trackingUrl && /^https?:\/\//.test(f.trackingUrl) ? (
                      <>
                        {" "}
                        ·{" "}
                        <a
                          href={f.trackingUrl}
                          rel="noopener noreferrer"
                          className="text-brand hover:underline"
                        >
                          track {f.trackingNumber}
                        </a>
                      </>
                    ) : (
                      ` · tracking ${f.trackingNumber}`
                    )
                  ) : null}
                  {f.deliveredAt ? ` · delivered ${dateFormat.format(f.deliveredAt)}` : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="text-lg font-semibold text-ink">
          Timeline
        </h2>
        <div className="mt-3">
          <OrderTimeline entries={order.timeline} />
        </div>
      </section>
    </div>
  );
}
