// An order's figures, the same on the checkout summary and the confirmation page: subtotal,
// discount, shipping, tax (added, or included in the prices) and total. Amounts are computed
// on the server; this only formats them.
import { formatMoney } from "@/lib/money";

export interface TotalsProps {
  currency: string;
  subtotalAmount: number;
  discountAmount: number;
  discountCode?: string | null;
  /** Null while no shipping method is chosen. */
  shippingAmount: number | null;
  shippingName?: string | null;
  taxAmount: number;
  taxName?: string | null;
  taxInclusive: boolean;
  totalAmount: number;
}

export function Totals(props: TotalsProps) {
  const money = (amount: number) => formatMoney({ amount, currency: props.currency });
  const row = "flex justify-between gap-4 py-1";
  return (
    <dl className="text-sm text-ink">
      <div className={row}>
        <dt>Subtotal</dt>
        <dd data-testid="total-subtotal">{money(props.subtotalAmount)}</dd>
      </div>
      {props.discountAmount > 0 ? (
        <div className={row}>
          <dt>Discount{props.discountCode ? ` (${props.discountCode})` : ""}</dt>
          <dd data-testid="total-discount" className="text-success">
            −{money(props.discountAmount)}
          </dd>
        </div>
      ) : null}
      <div className={row}>
        <dt>Shipping{props.shippingName ? ` (${props.shippingName})` : ""}</dt>
        <dd data-testid="total-shipping">
          {props.shippingAmount === null
            ? "Choose a method"
            : props.shippingAmount === 0
              ? "Free"
              : money(props.shippingAmount)}
        </dd>
      </div>
      {/* No rate known yet (no address) and nothing to add: no tax line at all, rather than a misleading $0.00. */}
      {!props.taxInclusive && (props.taxAmount > 0 || props.taxName) ? (
        <div className={row}>
          <dt>Tax{props.taxName ? ` (${props.taxName})` : ""}</dt>
          <dd data-testid="total-tax">{money(props.taxAmount)}</dd>
        </div>
      ) : null}
      <div className={`${row} mt-2 border-t border-paper-line pt-3 text-base font-semibold`}>
        <dt>Total</dt>
        <dd data-testid="total-total">{money(props.totalAmount)}</dd>
      </div>
      {props.taxInclusive && props.taxAmount > 0 ? (
        <div className={`${row} text-ink-muted`}>
          <dt>Includes {props.taxName ?? "tax"}</dt>
          <dd data-testid="total-tax">{money(props.taxAmount)}</dd>
        </div>
      ) : null}
    </dl>
  );
}
