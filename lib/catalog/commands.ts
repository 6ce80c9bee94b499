// Admin changes to the catalog. Each runs in one transaction that changes the rows, writes the
// audit entry and publishes its event to the outbox; the dispatcher is kicked after the commit,
// and lib/catalog/handlers.ts then expires the cached pages that showed the old data.
// Authorisation is the caller's job (an admin server action or API route checks the role).
import { recordAudit } from "@/lib/audit";
import { inTransaction } from "@/lib/db";
import { kickDispatcher, publish } from "@/lib/events";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Money } from "@/lib/money";
import { CatalogError, parseInput } from "./errors";
import {
  updateProductSchema,
  updateVariantPriceSchema,
  type UpdateProductInput,
  type UpdateVariantPriceInput,
} from "./schemas";

export interface PriceChange {
  variantId: string;
  productId: string;
  /** False when the price and compare-at price were already these: nothing written, no event. */
  changed: boolean;
  price: Money;
  compareAt: Money | null;
}

interface LockedVariant {
  productId: string;
  priceAmount: number;
  compareAtAmount: number | null;
  currency: string;
}

/** Sets a variant's price (and optionally its compare-at price), publishing PriceChanged. */
export async function updateVariantPrice(input: UpdateVariantPriceInput): Promise<PriceChange> {
  const { variantId, amount, compareAtAmount, actorId } = parseInput(
    updateVariantPriceSchema,
    input,
  );
  const change = await inTransaction(async (tx) => {
    // Locked, so two admins changing one price queue up and each event's previousAmount is true.
    const [current] = await tx.$queryRaw<LockedVariant[]>`
      SELECT "productId", "priceAmount", "compareAtAmount", "currency"::text AS "currency"
      FROM "Variant" WHERE "id" = ${variantId} FOR UPDATE`;
    if (!current)
      throw new CatalogError("not_found", "No such variant", { variantId: "No such variant" });
    const compareAt = compareAtAmount === undefined ? current.compareAtAmount : compareAtAmount;
    const result = {
      variantId,
      productId: current.productId,
      price: { amount, currency: current.currency },
      compareAt: compareAt === null ? null : { amount: compareAt, currency: current.currency },
    };
    if (current.priceAmount === amount && current.compareAtAmount === compareAt)
      return { ...result, changed: false };

    await tx.variant.update({
      where: { id: variantId },
      data: { priceAmount: amount, compareAtAmount: compareAt },
    });
    await publish(tx, {
      type: "PriceChanged",
      aggregateType: "Variant",
      aggregateId: variantId,
      payload: {
        variantId,
        productId: current.productId,
        currency: current.currency,
        previousAmount: current.priceAmount,
        amount,
      },
    });
    if (actorId) {
      const data = {
        from: { amount: current.priceAmount, compareAt: current.compareAtAmount },
        to: { amount, compareAt },
      };
      await recordAudit(tx, {
        actorId,
        action: "variant.price_changed",
        entityType: "Variant",
        entityId: variantId,
        data,
      });
    }
    return { ...result, changed: true };
  });
  if (change.changed) kickDispatcher();
  return change;
}

export interface ProductUpdate {
  productId: string;
  changed: boolean;
  change: "updated" | "published" | "archived" | null;
}

function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    (error as { code: unknown }).code === "P2002"
  );
}

type ProductFields = Omit<ReturnType<typeof updateProductSchema.parse>, "productId" | "actorId">;

/** Changes a product's fields or status, publishing ProductChanged. A taken slug is a conflict. */
export async function updateProduct(input: UpdateProductInput): Promise<ProductUpdate> {
  const { productId, actorId, ...fields } = parseInput(updateProductSchema, input);
  const result = await inTransaction(async (tx): Promise<ProductUpdate> => {
    // Lock first, then read: concurrent edits of one product apply one after the other.
    const locked = await tx.$queryRaw<
      { id: string }[]
    >`SELECT "id" FROM "Product" WHERE "id" = ${productId} FOR UPDATE`;
    const current =
      locked.length > 0 ? await tx.product.findUnique({ where: { id: productId } }) : null;
    if (!current)
      throw new CatalogError("not_found", "No such product", { productId: "No such product" });
    if (fields.slug !== undefined && fields.slug !== current.slug) {
      const taken = await tx.product.findFirst({
        where: { slug: fields.slug, id: { not: productId } },
        select: { id: true },
      });
      if (taken)
        throw new CatalogError("conflict", "Another product already uses this address", {
          slug: "Another product already uses this address",
        });
    }
    // Only fields that were given and differ: strictUndefinedChecks forbids undefined values.
    const data: Prisma.ProductUpdateInput = {};
    const changed: string[] = [];
    for (const key of Object.keys(fields) as (keyof ProductFields)[]) {
      const value = fields[key];
      if (value === undefined || JSON.stringify(value) === JSON.stringify(current[key])) continue;
      Object.assign(data, { [key]: value });
      changed.push(key);
    }
    if (changed.length === 0) return { productId, changed: false, change: null };
    const published = fields.status === "ACTIVE" && current.status !== "ACTIVE";
    if (published && current.publishedAt === null) data.publishedAt = new Date();
    const change = published
      ? "published"
      : fields.status === "ARCHIVED" && current.status !== "ARCHIVED"
        ? "archived"
        : "updated";

    await tx.product.update({ where: { id: productId }, data });
    await publish(tx, {
      type: "ProductChanged",
      aggregateType: "Product",
      aggregateId: productId,
      payload: { productId, change },
    });
    if (actorId) {
      await recordAudit(tx, {
        actorId,
        action: `product.${change}`,
        entityType: "Product",
        entityId: productId,
        data: { fields: changed },
      });
    }
    return { productId, changed: true, change };
  }).catch((error: unknown) => {
    // Two products renamed to one slug at the same moment: the unique index decides.
    if (isUniqueViolation(error))
      throw new CatalogError("conflict", "Another product already uses this address", {
        slug: "Another product already uses this address",
      });
    throw error;
  });
  if (result.changed) kickDispatcher();
  return result;
}
