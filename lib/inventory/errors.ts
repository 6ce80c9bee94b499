// Inventory's typed errors. SoldOutError is what a shopper sees when someone else took the last
// units first: it names the variant and says how many are left, so the page can say so.

export class InventoryError extends Error {
  constructor(
    message: string,
    readonly code: "not_found" | "below_reserved" | "invalid_quantity",
  ) {
    super(message);
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

export class SoldOutError extends Error {
  readonly code = "sold_out" as const;
  readonly variantId: string;
  readonly sku: string | null;
  readonly title: string;
  readonly requested: number;
  readonly available: number;

  constructor(details: SoldOutDetails) {
    super(
      details.available > 0
        ? `Only ${details.available} left of ${details.title}; you asked for ${details.requested}.`
        : `${details.title} is sold out.`,
    );
    this.name = "SoldOutError";
    this.variantId = details.variantId;
    this.sku = details.sku;
    this.title = details.title;
    this.requested = details.requested;
    this.available = details.available;
  }
}
