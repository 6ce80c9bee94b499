"use client";
// One cart line: picture, name, options, today's price, stock, and a quantity form whose error
// shows beside the field. Props in, callbacks out; the caller talks to the server.
import Image from "next/image";
import Link from "next/link";
import { useId, useState } from "react";
import type { CartLineView } from "@/lib/cart/client";
import { formatMoney } from "@/lib/money";
import { QuantityInput } from "./quantity-input";

export interface CartLineItemProps {
  line: CartLineView;
  busy: boolean;
  /** The server's message for this line's last change, shown beside the quantity. */
  error?: string;
  onUpdate(quantity: string): void;
  onRemove(): void;
  lowStockBelow: number;
}

function stockText(line: CartLineView, lowStockBelow: number): { text: string; tone: string } {
  if (line.status === "unavailable")
    return { text: "No longer available: please remove it", tone: "text-danger" };
  if (line.status === "insufficient_stock") {
    return {
      text:
        line.available === 0
          ? "Sold out: please remove it"
          : `Only ${line.available} left: lower the quantity`,
      tone: "text-danger",
    };
  }
  if (line.available <= lowStockBelow)
    return { text: `Only ${line.available} left`, tone: "text-warning" };
  return { text: `${line.available} in stock`, tone: "text-success" };
}

export function CartLineItem({
  line,
  busy,
  error,
  onUpdate,
  onRemove,
  lowStockBelow,
}: CartLineItemProps) {
  const [quantity, setQuantity] = useState(String(line.quantity));
  const [seen, setSeen] = useState(line.quantity);
  // The server's quantity wins whenever it changes (another tab, the drawer, a merge).
  if (seen !== line.quantity) {
    setSeen(line.quantity);
    setQuantity(String(line.quantity));
  }
  const id = useId();
  const stock = stockText(line, lowStockBelow);
  const name = `${line.productTitle}${line.variantTitle ? `, ${line.variantTitle}` : ""}`;
  return (
    <li className="flex gap-3 py-4" data-testid="cart-line" data-variant-id={line.variantId}>
      <div className="size-16 shrink-0 overflow-hidden rounded-md bg-paper-soft">
        {line.image ? (
          <Image
            src={line.image.url}
            alt=""
            width={64}
            height={64}
            unoptimized={line.image.url.endsWith(".svg")}
            className="size-full object-cover"
          />
        ) : null}
      </div>
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <p className="text-sm font-medium text-ink">
          <Link href={`/p/${line.productSlug}`} className="hover:text-brand">
            {line.productTitle}
          </Link>
        </p>
        {line.variantTitle ? <p className="text-sm text-ink-muted">{line.variantTitle}</p> : null}
        <p className="text-sm text-ink-muted">
          <span data-testid="unit-price">{formatMoney(line.unitPrice)}</span> each ·{" "}
          <span data-testid="stock" className={stock.tone}>
            {stock.text}
          </span>
        </p>
        <form
          className="mt-1 flex flex-wrap items-center gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            onUpdate(quantity);
          }}
        >
          <label htmlFor={`${id}-qty`} className="sr-only">
            Quantity of {name}
          </label>
          <QuantityInput
            id={`${id}-qty`}
            value={quantity}
            onChange={(event) => setQuantity(event.target.value)}
            errorId={error ? `${id}-error` : null}
            className="w-20 px-2"
          />
          <button
            type="submit"
            disabled={busy}
            className="min-h-11 rounded-md border border-ink-faint px-3 text-sm font-medium text-ink hover:bg-paper-soft disabled:opacity-60"
          >
            Update<span className="sr-only"> quantity of {name}</span>
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={onRemove}
            className="min-h-11 rounded-md px-3 text-sm font-medium text-danger hover:bg-paper-soft disabled:opacity-60"
          >
            Remove<span className="sr-only"> {name}</span>
          </button>
        </form>
        {error ? (
          <p id={`${id}-error`} role="alert" className="text-sm text-danger">
            {error}
          </p>
        ) : null}
      </div>
      <p className="shrink-0 text-sm font-semibold text-ink" data-testid="line-total">
        {formatMoney(line.lineTotal)}
      </p>
    </li>
  );
}
