// Column types of the tables the catalog seed fills in bulk (see bulk-insert.ts). They mirror
// prisma/schema.prisma; the seed test reads every row back through Prisma, so a drift shows.
import type { Prisma } from "../../lib/generated/prisma/client";
import type { TableSpec } from "./bulk-insert";

const TS = "timestamp(3)";

export const PRODUCT: TableSpec<Prisma.ProductCreateManyInput> = {
  table: "Product",
  columns: {
    id: "text",
    slug: "text",
    title: "text",
    description: "text",
    status: `"ProductStatus"`,
    brand: "text",
    tags: "text[]",
    seoTitle: "text",
    seoDescription: "text",
    publishedAt: TS,
    createdAt: TS,
    updatedAt: TS,
  },
};

export const PRODUCT_CATEGORY: TableSpec<Prisma.ProductCategoryCreateManyInput> = {
  table: "ProductCategory",
  columns: { productId: "text", categoryId: "text", position: "int" },
};

export const PRODUCT_OPTION: TableSpec<Prisma.ProductOptionCreateManyInput> = {
  table: "ProductOption",
  columns: { id: "text", productId: "text", name: "text", position: "int", values: "text[]" },
};

export const PRODUCT_IMAGE: TableSpec<Prisma.ProductImageCreateManyInput> = {
  table: "ProductImage",
  columns: {
    id: "text",
    productId: "text",
    url: "text",
    alt: "text",
    width: "int",
    height: "int",
    position: "int",
  },
};

export const VARIANT: TableSpec<Prisma.VariantCreateManyInput> = {
  table: "Variant",
  columns: {
    id: "text",
    productId: "text",
    sku: "text",
    title: "text",
    options: "jsonb",
    priceAmount: "int",
    compareAtAmount: "int",
    currency: "text",
    position: "int",
    status: `"ProductStatus"`,
    weightGrams: "int",
    imageId: "text",
    createdAt: TS,
    updatedAt: TS,
  },
};

export const INVENTORY_LEVEL: TableSpec<Prisma.InventoryLevelCreateManyInput> = {
  table: "InventoryLevel",
  columns: {
    variantId: "text",
    onHand: "int",
    reserved: "int",
    lowStockThreshold: "int",
    updatedAt: TS,
  },
};

export const INVENTORY_LEDGER: TableSpec<Prisma.InventoryLedgerCreateManyInput> = {
  table: "InventoryLedger",
  columns: {
    variantId: "text",
    reason: `"InventoryReason"`,
    onHandDelta: "int",
    reservedDelta: "int",
    note: "text",
    createdAt: TS,
  },
};

/** Every table the product loop fills, parents first. */
export const CATALOG_TABLES = [
  PRODUCT,
  PRODUCT_CATEGORY,
  PRODUCT_OPTION,
  PRODUCT_IMAGE,
  VARIANT,
  INVENTORY_LEVEL,
  INVENTORY_LEDGER,
].map((spec) => spec.table);
