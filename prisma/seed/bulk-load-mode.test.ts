// The seed's fast path turns foreign-key triggers off for its transaction, so it must catch
// an orphan itself before commit, and must stand aside when user triggers would be skipped.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db, type Db } from "@/lib/db";
import { enterBulkLoadMode } from "./bulk-load-mode";

let prisma: Db;
const TABLES = ["Variant", "InventoryLevel"];

beforeAll(async () => {
  prisma = await db();
});

const orphanVariant = () => ({
  id: randomUUID(),
  productId: randomUUID(),
  sku: randomUUID(),
  title: "Orphan",
  priceAmount: 100,
});

describe("enterBulkLoadMode", () => {
  it("lets rows in unchecked, then refuses to commit an orphan", async () => {
    const attempt = prisma.$transaction(async (tx) => {
      const verify = await enterBulkLoadMode(tx, TABLES);
      expect(verify).not.toBeNull();
      await tx.variant.create({ data: orphanVariant() });
      await verify!();
    });
    await expect(attempt).rejects.toThrow(/Variant_productId_fkey has rows with no "Product"/);
    expect(await prisma.variant.count()).toBe(0);
  });

  it("passes consistent rows and restores the ordinary checks afterwards", async () => {
    await prisma.$transaction(async (tx) => {
      const verify = await enterBulkLoadMode(tx, TABLES);
      const product = await tx.product.create({ data: { slug: "bulk-mode", title: "Bulk mode" } });
      await tx.variant.create({ data: { ...orphanVariant(), productId: product.id } });
      await verify!();
      await expect(tx.$queryRawUnsafe("SHOW session_replication_role")).resolves.toEqual([
        { session_replication_role: "origin" },
      ]);
    });
    await expect(prisma.variant.create({ data: orphanVariant() })).rejects.toThrow();
  });

  it("stands aside when a user-defined INSERT trigger would be skipped", async () => {
    await prisma.$executeRawUnsafe(
      `CREATE FUNCTION seed_test_noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$`,
    );
    await prisma.$executeRawUnsafe(
      `CREATE TRIGGER seed_test_noop BEFORE INSERT ON "Variant" FOR EACH ROW EXECUTE FUNCTION seed_test_noop()`,
    );
    await prisma.$transaction(async (tx) => {
      expect(await enterBulkLoadMode(tx, TABLES)).toBeNull();
      expect(await tx.$queryRawUnsafe("SHOW session_replication_role")).toEqual([
        { session_replication_role: "origin" },
      ]);
    });
  });
});
