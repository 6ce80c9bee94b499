// The seed's lifecycle: demo logins that work, store settings, seedIfEmpty on a second start,
// refusing to seed over a catalog, reset, and the same catalog on every run.
import { beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth";
import { db, type Db } from "@/lib/db";
import { seed, seedIfEmpty, type SeedResult } from "../seed";
import { resetCatalog } from "./reset";
import { readablePassword } from "./users";

const PRODUCTS = 24;
let prisma: Db;
let first: SeedResult | null;

beforeAll(async () => {
  prisma = await db();
  first = await seedIfEmpty(prisma, { products: PRODUCTS, adminPassword: "admin-Secret-1" });
}, 180_000); // opening a fresh database and hashing two passwords is slow on a busy machine

/** Everything a shopper or merchant sees, without ids and timestamps (which differ per run). */
async function catalogSnapshot() {
  return prisma.product.findMany({
    orderBy: { slug: "asc" },
    select: {
      slug: true,
      title: true,
      brand: true,
      tags: true,
      status: true,
      description: true,
      seoTitle: true,
      seoDescription: true,
      categories: { select: { position: true, category: { select: { path: true } } } },
      options: { orderBy: { position: "asc" }, select: { name: true, values: true } },
      images: { orderBy: { position: "asc" }, select: { url: true, alt: true, position: true } },
      variants: {
        orderBy: { position: "asc" },
        select: {
          sku: true,
          title: true,
          options: true,
          priceAmount: true,
          compareAtAmount: true,
          weightGrams: true,
          image: { select: { url: true } },
          inventory: { select: { onHand: true } },
        },
      },
    },
  });
}

describe("demo logins", () => {
  it("creates an admin and a customer whose passwords verify", async () => {
    expect(first).not.toBeNull();
    const { admin, customer } = first!.logins;
    expect(admin).toMatchObject({
      email: "admin@example.com",
      password: "admin-Secret-1",
      role: "ADMIN",
    });
    // Not given: generated, readable, and different from the admin's.
    expect(customer.email).toBe("customer@example.com");
    expect(customer.password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    for (const login of [admin, customer]) {
      const user = await prisma.user.findUniqueOrThrow({ where: { email: login.email } });
      expect(user.role).toBe(login.role);
      expect(await verifyPassword(login.password, user.passwordHash)).toBe(true);
      expect(await verifyPassword("wrong", user.passwordHash)).toBe(false);
    }
  });

  it("generates a different password every time", () => {
    const generated = new Set(Array.from({ length: 50 }, readablePassword));
    expect(generated.size).toBe(50);
  });
});

describe("store settings", () => {
  it("has shipping methods including a free-over threshold, tax rates and two discount codes", async () => {
    const methods = await prisma.shippingMethod.findMany();
    expect(methods.length).toBeGreaterThanOrEqual(3);
    expect(methods.some((m) => m.freeOverAmount !== null)).toBe(true);
    const gb = await prisma.taxRate.findUniqueOrThrow({
      where: { country_region: { country: "GB", region: "" } },
    });
    expect(gb).toMatchObject({ rateBps: 2000, inclusive: true });
    expect(
      await prisma.taxRate.findFirst({ where: { country: "US", inclusive: false } }),
    ).not.toBeNull();
    const codes = await prisma.discountCode.findMany({ orderBy: { code: "asc" } });
    expect(codes.map((c) => [c.code, c.type, c.value])).toEqual([
      ["FREESHIP", "FREE_SHIPPING", 0],
      ["WELCOME10", "PERCENT", 1000],
    ]);
    expect(codes[0]!.minSubtotalAmount).toBeGreaterThan(0);
  });
});

describe("seeding again", () => {
  it("seedIfEmpty does nothing once there are products", async () => {
    const before = await prisma.product.count();
    expect(await seedIfEmpty(prisma, { products: 5 })).toBeNull();
    expect(await prisma.product.count()).toBe(before);
  });

  it("seed refuses to write over an existing catalog", async () => {
    await expect(seed(prisma, { products: 5 })).rejects.toThrow(/already has products/);
  });

  it("after a reset, produces exactly the same catalog and keeps the accounts", async () => {
    const before = await catalogSnapshot();
    const adminId = (await prisma.user.findUniqueOrThrow({ where: { email: "admin@example.com" } }))
      .id;
    await resetCatalog(prisma);
    expect(await prisma.product.count()).toBe(0);
    const again = await seed(prisma, { products: PRODUCTS, adminPassword: "another-Secret-3" });
    expect(await catalogSnapshot()).toEqual(before);
    expect(again.variants).toBe(first!.variants);
    const admin = await prisma.user.findUniqueOrThrow({ where: { email: "admin@example.com" } });
    expect(admin.id).toBe(adminId);
    expect(await verifyPassword("another-Secret-3", admin.passwordHash)).toBe(true);
    expect(await prisma.shippingMethod.count()).toBe(4);
  });
});
