// The demo catalog: categories, products with options, variants, images and stock, shipping,
// tax, discounts and two demo accounts. Generated locally from a fixed PRNG seed, so every
// run gives the same catalog (only ids, dates and generated passwords differ).
import type { PrismaClient } from "../lib/generated/prisma/client";
import { flattenCategories } from "./seed/categories";
import { enterBulkLoadMode } from "./seed/bulk-load-mode";
import { emptyRows, ProductGenerator } from "./seed/products";
import { createRandom } from "./seed/random";
import { discountCodes, shippingMethods, taxRates } from "./seed/store";
import { prepareDemoUsers, upsertDemoUsers, type DemoLogin } from "./seed/users";
import { CATALOG_TABLES } from "./seed/tables";
import { createWalGuard } from "./seed/wal-guard";
import { writeCatalogRows, writeCategories } from "./seed/writer";

export interface SeedOptions {
  products: number;
  onProgress?(done: number, total: number): void;
  adminPassword?: string;
  customerPassword?: string;
}

export interface SeedResult {
  categories: number;
  products: number;
  variants: number;
  images: number;
  logins: { admin: DemoLogin; customer: DemoLogin };
  durationMs: number;
}

const PRNG_SEED = 20_261_125;
/** Products generated and written per round: bounds memory at ~5,000 variants in flight. */
const PRODUCTS_PER_ROUND = 1000;

export async function seed(prisma: PrismaClient, options: SeedOptions): Promise<SeedResult> {
  const total = options.products;
  if (!Number.isInteger(total) || total < 0)
    throw new Error(`products must be a whole number ≥ 0, got ${total}`);
  if ((await prisma.product.count()) > 0) {
    throw new Error(
      "The catalog already has products: reset it first (npm run seed -- --reset) or use seedIfEmpty.",
    );
  }
  const started = Date.now();
  const users = await prepareDemoUsers(options);
  const now = new Date();
  const counts = { variants: 0, images: 0 };

  // One transaction: a seed that fails half-way leaves nothing behind, so it can simply be rerun.
  await prisma.$transaction(
    async (tx) => {
      const categoryIds = await writeCategories(tx, now);
      await tx.shippingMethod.createMany({ data: shippingMethods(), skipDuplicates: true });
      await tx.taxRate.createMany({ data: taxRates(), skipDuplicates: true });
      await tx.discountCode.createMany({ data: discountCodes(), skipDuplicates: true });
      await upsertDemoUsers(tx, users, now);

      const generator = new ProductGenerator(createRandom(PRNG_SEED), categoryIds, now);
      const checkpointIfDue = await createWalGuard(tx);
      const verifyForeignKeys = await enterBulkLoadMode(tx, CATALOG_TABLES);
      options.onProgress?.(0, total);
      for (let done = 0; done < total;) {
        const rows = emptyRows();
        const end = Math.min(total, done + PRODUCTS_PER_ROUND);
        for (let index = done; index < end; index++) generator.add(index, rows);
        await writeCatalogRows(tx, rows);
        await checkpointIfDue();
        counts.variants += rows.variants.length;
        counts.images += rows.images.length;
        done = end;
        options.onProgress?.(done, total);
      }
      await verifyForeignKeys?.();
    },
    // Large catalogs take a while; nothing else should be writing meanwhile.
    { timeout: 30 * 60_000, maxWait: 60_000 },
  );

  const [admin, customer] = users.map(({ email, password, role }) => ({ email, password, role }));
  return {
    categories: flattenCategories().length,
    products: total,
    ...counts,
    logins: { admin: admin!, customer: customer! },
    durationMs: Date.now() - started,
  };
}

/** Seeds only a store with no products yet (first start); returns null when there is nothing to do. */
export async function seedIfEmpty(
  prisma: PrismaClient,
  options: SeedOptions,
): Promise<SeedResult | null> {
  if ((await prisma.product.count()) > 0) return null;
  return seed(prisma, options);
}
