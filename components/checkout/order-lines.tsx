// The lines of the checkout summary: what is being bought, at the server's prices, with any
// problem (sold out, no longer sold) written under its line.
import type { PricedLine } from "@/lib/checkout/client";
import { formatMoney } from "@/lib/money";

export interface OrderLinesProps {
  lines: PricedLine[];
  currency: string;
  /** Variant id → message. */
  errors: Record<string, string>;
}

export function OrderLines({ lines, currency, errors }: OrderLinesProps) {
  return (
    <ul className="divide-y divide-paper-line text-sm" aria-label="Items">
      {lines.map((line) => (
        <li key={line.variantId} className="py-2" data-testid="summary-line">
          <div className="flex justify-between gap-3">
            <p className="text-ink">
              {line.productTitle}
              {line.variantTitle ? (
                <span className="text-ink-muted"> · {line.variantTitle}</span>
              ) : null}
              <span className="text-ink-muted"> × {line.quantity}</span>
            </p>
            <p className="shrink-0 font-medium text-ink">
              {formatMoney({ amount: line.lineTotalAmount, currency })}
            </p>
          </div>
          {errors[line.variantId] ? (
            <p className="mt-1 text-danger">{errors[line.variantId]}</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
