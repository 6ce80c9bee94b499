// The database itself refuses impossible stock, whatever the application code does.
import { beforeAll, describe, expect, it } from "vitest";
import { db, type Db } from "@/lib/db";

let prisma: Db;
let variantId: string;

beforeAll(async () => {
  prisma = await db();
  const product = await prisma.product.create({
    data: {
      slug: "constraint-tee",
      title: "Constraint Tee",
      status: "ACTIVE",
      variants: { create: { sku: "CT-1", title: "Default", priceAmount: 1500 } },
    },
    include: { variants: true },
  });
  variantId = product.variants[0]!.id;
  await prisma.inventoryLevel.create({ data: { variantId, onHand: 10 } });
});

describe("inventory CHECK constraints", () => {
  it("refuses stock below zero", async () => {
    await expect(
      prisma.inventoryLevel.update({ where: { variantId }, data: { onHand: -1 } }),
    ).rejects.toThrow(/InventoryLevel_onHand_nonnegative|check constraint/i);
  });

  it("refuses a decrement that would take stock below zero", async () => {
    await expect(
      prisma.inventoryLevel.update({ where: { variantId }, data: { onHand: { decrement: 11 } } }),
    ).rejects.toThrow(/check constraint/i);
    expect((await prisma.inventoryLevel.findUniqueOrThrow({ where: { variantId } })).onHand).toBe(
      10,
    );
  });

  it("refuses reserved above on hand", async () => {
    await expect(
      prisma.inventoryLevel.update({ where: { variantId }, data: { reserved: 11 } }),
    ).rejects.toThrow(/InventoryLevel_reserved_within_onHand|check constraint/i);
  });

  it("refuses negative reserved", async () => {
    await expect(
      prisma.inventoryLevel.update({ where: { variantId }, data: { reserved: -1 } }),
    ).rejects.toThrow(/check constraint/i);
  });

  it("accepts a valid reservation", async () => {
    const level = await prisma.inventoryLevel.update({
      where: { variantId },
      data: { reserved: 10 },
    });
    expect(level).toMatchObject({ onHand: 10, reserved: 10 });
  });

  it("keeps the ledger append-only", async () => {
    const row = await prisma.inventoryLedger.create({
      data: { variantId, reason: "RECEIVED", onHandDelta: 10 },
    });
    await expect(
      prisma.inventoryLedger.update({ where: { id: row.id }, data: { onHandDelta: 99 } }),
    ).rejects.toThrow(/append-only/);
  });

  it("starts order numbers at 1001", async () => {
    const order = await prisma.order.create({
      data: {
        email: "ada@example.com",
        currency: "USD",
        subtotalAmount: 0,
        totalAmount: 0,
        shippingAddress: {},
        idempotencyKey: "constraint-test",
      },
    });
    expect(order.number).toBe(1001);
  });
});
