// Inventory's typed errors. SoldOutError is what a shopper sees when someone else took the last
// units first: it names the variant and says how many are left, so the page can say so.
import { AppError } from "@/lib/errors";

export type InventoryErrorCode = "not_found" | "below_reserved" | "invalid_quantity";

const STATUS: Record<InventoryErrorCode, number> = {
  not_found: 404,
  below_reserved: 409,
  invalid_quantity: 422,
};

export class InventoryError extends AppError<InventoryErrorCode> {
  constructor(message: string, code: InventoryErrorCode) {
    super(code, message, { status: STATUS[code] });
    this.name = "InventoryError";
  }
}

export interface SoldOutDetails {
  variantId: string;
  sku: string | null;
  title: string;
  requested: number;
  available: number;
}

export class SoldOutError extends AppError<"sold_out"> {
  readonly variantId: string;
  readonly sku: string | null;
  readonly title: string;
  readonly requested: number;
  readonly available: number;

  constructor(details: SoldOutDetails) {
    super(
      "sold_out",
      details.available > 0
        ? `Only ${details.available} left of ${details.title}; you asked for ${details.requested}.`
        : `${details.title} is sold out.`,
      { status: 409, details: { ...details } },
    );
    this.name = "SoldOutError";
    this.variantId = details.variantId;
    this.sku = details.sku;
    this.title = details.title;
    this.requested = details.requested;
    this.available = details.available;
  }
}
