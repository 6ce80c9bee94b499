// Empties the catalog and everything that points at it (carts, orders, payments, stock,
// pricing settings, events, analytics) before a fresh seed. Users, their accounts and the
// audit log are kept: a reset must not lock the merchant out.
import type { PrismaClient } from "../../lib/generated/prisma/client";

export const RESET_TABLES = [
  "Category",
  "Product",
  "ProductCategory",
  "ProductOption",
  "ProductImage",
  "Variant",
  "InventoryLevel",
  "InventoryLedger",
  "StockReservation",
  "Cart",
  "CartLine",
  "Order",
  "OrderLine",
  "Payment",
  "Refund",
  "Fulfilment",
  "OrderEvent",
  "DiscountCode",
  "DiscountUsage",
  "ShippingMethod",
  "TaxRate",
  "OutboxEvent",
  "ProcessedEvent",
  "WebhookEvent",
  "AnalyticsEvent",
  "DailySales",
  "ProductDailyStats",
] as const;

export async function resetCatalog(prisma: PrismaClient): Promise<void> {
  // CASCADE also empties tables added later that reference these (reviews, wishlists…), and
  // TRUNCATE skips the append-only ledger trigger, which only guards UPDATE.
  const tables = RESET_TABLES.map((name) => `"${name}"`).join(", ");
  await prisma.$executeRawUnsafe(`TRUNCATE TABLE ${tables} CASCADE`);
}
