// Variants of one product (Colour × an optional second option), each with a price, stock and
// the RECEIVED ledger row that accounts for that stock, so the ledger always sums to onHand.
import { orderedId } from "./ids";
import type { Prisma } from "../../lib/generated/prisma/client";
import type { Colour } from "./colours";
import type { ProductKind } from "./product-kinds";
import type { Random } from "./random";

export interface VariantInput {
  random: Random;
  kind: ProductKind;
  index: number;
  productId: string;
  colours: Colour[];
  createdAt: Date;
}

export interface VariantOutput {
  rows: Prisma.VariantCreateManyInput[];
  inventory: Prisma.InventoryLevelCreateManyInput[];
  ledger: Prisma.InventoryLedgerCreateManyInput[];
  /** Colour slug → id of that colour's product image. */
  imageIds: Map<string, string>;
  /** Values offered for the kind's second option, or null when it has none. */
  second: string[] | null;
}

/** Mostly healthy stock, with some sold-out and some low-stock variants to exercise the UI. */
function stockLevel(random: Random): number {
  const roll = random.next();
  if (roll < 0.08) return 0;
  if (roll < 0.2) return random.int(1, 5);
  return random.int(6, 120);
}

const skuPart = (value: string) =>
  value
    .replace(/[^A-Za-z0-9]/g, "")
    .toUpperCase()
    .slice(0, 6);

export function variantRows({
  random,
  kind,
  index,
  productId,
  colours,
  createdAt,
}: VariantInput): VariantOutput {
  const out: VariantOutput = {
    rows: [],
    inventory: [],
    ledger: [],
    imageIds: new Map(),
    second: null,
  };
  if (kind.second) {
    const { values, count } = kind.second;
    const n = random.int(count[0], Math.min(count[1], values.length));
    const start = random.int(0, values.length - n);
    out.second = values.slice(start, start + n);
  }
  const [low, high] = kind.priceRange;
  // Prices end in .99 or .00, like a real shop's.
  const basePrice = random.int(low, high) * 100 - (random.chance(0.7) ? 1 : 0);
  const markup = random.chance(0.15) ? 1.15 + random.int(0, 5) * 0.05 : null;
  const number = String(index + 1).padStart(6, "0");

  for (const colour of colours) {
    const imageId = orderedId();
    out.imageIds.set(colour.slug, imageId);
    for (const value of out.second ?? [null]) {
      const priceAmount = basePrice + (value === null ? 0 : (kind.second?.surcharge?.[value] ?? 0));
      const variantId = orderedId();
      const onHand = stockLevel(random);
      out.rows.push({
        id: variantId,
        productId,
        imageId,
        sku: [
          kind.skuPrefix,
          number,
          colour.code,
          ...(value === null ? [] : [skuPart(value)]),
        ].join("-"),
        title: value === null ? colour.name : `${colour.name} / ${value}`,
        options:
          value === null
            ? { Colour: colour.name }
            : { Colour: colour.name, [kind.second!.name]: value },
        priceAmount,
        compareAtAmount: markup ? Math.ceil((priceAmount * markup) / 100) * 100 : null,
        currency: "USD",
        position: out.rows.length,
        status: "ACTIVE",
        weightGrams: random.int(kind.weightGrams[0], kind.weightGrams[1]),
        createdAt,
        updatedAt: createdAt,
      });
      out.inventory.push({
        variantId,
        onHand,
        reserved: 0,
        lowStockThreshold: 5,
        updatedAt: createdAt,
      });
      out.ledger.push({
        variantId,
        reason: "RECEIVED",
        onHandDelta: onHand,
        reservedDelta: 0,
        note: "Opening stock (demo seed)",
        createdAt,
      });
    }
  }
  return out;
}
