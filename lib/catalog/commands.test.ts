// Admin commands: one transaction with the change, its event and its audit entry; bad input
// and unknown ids change nothing; concurrent price changes each see the price before them.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { onRealPostgres } from "@/test/db";
import { updateProduct, updateVariantPrice } from "./commands";
import { CatalogError } from "./errors";
import { seedFixtureCatalog } from "./testing";

let adminId: string;
let products: Awaited<ReturnType<typeof seedFixtureCatalog>>["products"];
const variantId = (slug: string, index = 0) => products.get(slug)!.variants[index]!.id;
const productId = (slug: string) => products.get(slug)!.product.id;

async function events(type: string) {
  const prisma = await db();
  return prisma.outboxEvent.findMany({ where: { type }, orderBy: { id: "asc" } });
}

async function rejects(promise: Promise<unknown>, code: string, field: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CatalogError);
  expect(error).toMatchObject({ code });
  expect(Object.keys((error as CatalogError).fieldErrors)).toContain(field);
}

beforeAll(async () => {
  ({ products } = await seedFixtureCatalog());
  adminId = (
    await (await db()).user.create({ data: { email: "admin@example.com", role: "ADMIN" } })
  ).id;
});

describe("updateVariantPrice", () => {
  it("changes the price, publishes PriceChanged with the previous amount and audits the admin", async () => {
    const change = await updateVariantPrice({
      variantId: variantId("blue-mug"),
      amount: 990,
      compareAtAmount: 1500,
      actorId: adminId,
    });
    expect(change).toMatchObject({
      changed: true,
      price: { amount: 990, currency: "USD" },
      compareAt: { amount: 1500, currency: "USD" },
    });
    const prisma = await db();
    expect(
      await prisma.variant.findUniqueOrThrow({ where: { id: variantId("blue-mug") } }),
    ).toMatchObject({ priceAmount: 990, compareAtAmount: 1500 });
    const [event] = await events("PriceChanged");
    expect(event).toMatchObject({
      aggregateType: "Variant",
      aggregateId: variantId("blue-mug"),
      status: "PENDING",
    });
    expect(event!.payload).toEqual({
      variantId: variantId("blue-mug"),
      productId: productId("blue-mug"),
      currency: "USD",
      previousAmount: 1200,
      amount: 990,
    });
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entityId: variantId("blue-mug") },
    });
    expect(audit).toMatchObject({ actorId: adminId, action: "variant.price_changed" });
  });

  it("keeps the compare-at price when it is left out, and writes nothing when nothing changes", async () => {
    const before = (await events("PriceChanged")).length;
    expect(
      await updateVariantPrice({ variantId: variantId("blue-mug"), amount: 990 }),
    ).toMatchObject({ changed: false, compareAt: { amount: 1500 } });
    expect(await events("PriceChanged")).toHaveLength(before);
    await updateVariantPrice({
      variantId: variantId("blue-mug"),
      amount: 950,
      compareAtAmount: null,
    });
    expect(
      await (await db()).variant.findUniqueOrThrow({ where: { id: variantId("blue-mug") } }),
    ).toMatchObject({ priceAmount: 950, compareAtAmount: null });
  });

  it("refuses bad input and unknown variants, changing nothing", async () => {
    const before = (await events("PriceChanged")).length;
    await rejects(
      updateVariantPrice({ variantId: variantId("navy-tee"), amount: -1 }),
      "invalid_input",
      "amount",
    );
    await rejects(
      updateVariantPrice({ variantId: variantId("navy-tee"), amount: 19.99 }),
      "invalid_input",
      "amount",
    );
    await rejects(
      updateVariantPrice({ variantId: variantId("navy-tee"), amount: 2000, compareAtAmount: 2000 }),
      "invalid_input",
      "compareAtAmount",
    );
    await rejects(updateVariantPrice({ variantId: "nope", amount: 100 }), "not_found", "variantId");
    await rejects(
      updateVariantPrice({ variantId: "x'; DROP TABLE", amount: 100 }),
      "invalid_input",
      "variantId",
    );
    expect(await events("PriceChanged")).toHaveLength(before);
    expect(
      (await (await db()).variant.findUniqueOrThrow({ where: { id: variantId("navy-tee") } }))
        .priceAmount,
    ).toBe(2000);
  });

  it.runIf(onRealPostgres)(
    "serialises concurrent changes of one price: each event's previous amount is the one before it",
    async () => {
      const id = variantId("grey-hoodie");
      const amounts = [6100, 6200, 6300, 6400, 6500, 6600];
      await Promise.all(amounts.map((amount) => updateVariantPrice({ variantId: id, amount })));
      const chain = (await events("PriceChanged"))
        .map((e) => e.payload as { variantId: string; previousAmount: number; amount: number })
        .filter((p) => p.variantId === id);
      expect(chain).toHaveLength(amounts.length);
      // Replaying the events from the first price must walk a single chain to the final price.
      let price = 6000;
      for (const step of chain) {
        expect(step.previousAmount).toBe(price);
        price = step.amount;
      }
      expect((await (await db()).variant.findUniqueOrThrow({ where: { id } })).priceAmount).toBe(
        price,
      );
    },
  );
});

describe("updateProduct", () => {
  it("updates fields and publishes ProductChanged 'updated'", async () => {
    const result = await updateProduct({
      productId: productId("white-tee"),
      title: "White Tee",
      tags: ["tee", "basics"],
      actorId: adminId,
    });
    expect(result).toEqual({ productId: productId("white-tee"), changed: true, change: "updated" });
    expect(
      await (await db()).product.findUniqueOrThrow({ where: { id: productId("white-tee") } }),
    ).toMatchObject({ title: "White Tee", tags: ["tee", "basics"] });
    expect((await events("ProductChanged")).at(-1)!.payload).toEqual({
      productId: productId("white-tee"),
      change: "updated",
    });
  });

  it("publishes a draft ('published', with a publish date) and archives ('archived')", async () => {
    const prisma = await db();
    await prisma.product.update({
      where: { id: productId("draft-tee") },
      data: { publishedAt: null },
    });
    expect(
      (await updateProduct({ productId: productId("draft-tee"), status: "ACTIVE" })).change,
    ).toBe("published");
    expect(
      (await prisma.product.findUniqueOrThrow({ where: { id: productId("draft-tee") } }))
        .publishedAt,
    ).toBeInstanceOf(Date);
    expect(
      (await updateProduct({ productId: productId("draft-tee"), status: "ARCHIVED" })).change,
    ).toBe("archived");
  });

  it("refuses a slug in use, bad slugs and unknown products, changing nothing", async () => {
    const before = (await events("ProductChanged")).length;
    await rejects(
      updateProduct({ productId: productId("white-tee"), slug: "navy-tee" }),
      "conflict",
      "slug",
    );
    await rejects(
      updateProduct({ productId: productId("white-tee"), slug: "Not A Slug" }),
      "invalid_input",
      "slug",
    );
    await rejects(updateProduct({ productId: "nope", title: "x" }), "not_found", "productId");
    await rejects(updateProduct({ productId: productId("white-tee") }), "invalid_input", "_form");
    expect(await events("ProductChanged")).toHaveLength(before);
    expect(
      (await (await db()).product.findUniqueOrThrow({ where: { id: productId("white-tee") } }))
        .slug,
    ).toBe("white-tee");
  });

  it("writes nothing when the values are already those", async () => {
    const before = (await events("ProductChanged")).length;
    expect(
      await updateProduct({
        productId: productId("white-tee"),
        title: "White Tee",
        brand: "Fieldcraft",
      }),
    ).toMatchObject({ changed: false });
    expect(await events("ProductChanged")).toHaveLength(before);
  });
});
