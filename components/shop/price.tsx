// A product's price, with the compare-at ("was") price struck through when on sale.
// Screen readers do not announce strikethrough, so the meaning is spelled out in sr-only text.
import { formatMoney, type Money } from "@/lib/money";

export interface PriceProps {
  price: Money;
  compareAt?: Money | null;
  locale?: string;
  className?: string;
}

export function Price({ price, compareAt = null, locale, className = "" }: PriceProps) {
  const onSale = compareAt !== null && compareAt.amount > price.amount;
  return (
    <p data-testid="price" className={`flex flex-wrap items-baseline gap-x-2 ${className}`}>
      {onSale ? <span className="sr-only">Sale price</span> : null}
      <span className={onSale ? "font-semibold text-danger" : "font-semibold text-ink"}>
        {formatMoney(price, locale)}
      </span>
      {onSale ? (
        <>
          <span className="sr-only">, was</span>
          <s className="text-sm text-ink-faint">{formatMoney(compareAt, locale)}</s>
        </>
      ) : null}
    </p>
  );
}
