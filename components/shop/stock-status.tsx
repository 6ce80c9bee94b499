// How many of the chosen variant a shopper can still buy, in words: sold out, only a few left,
// or the number in stock.
export interface StockStatusProps {
  available: number;
  /** At or below this, say "Only N left". */
  lowStock?: number;
}

export function StockStatus({ available, lowStock = 5 }: StockStatusProps) {
  const [text, tone] =
    available <= 0
      ? ["Sold out", "text-danger"]
      : available <= lowStock
        ? [`Only ${available} left`, "text-warning"]
        : [`${available} in stock`, "text-success"];
  return (
    <p data-testid="stock" className={`text-sm font-semibold ${tone}`}>
      {text}
    </p>
  );
}
