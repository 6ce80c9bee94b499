// The work of `npm run seed`: optionally reset the catalog, seed the demo shop (whose accounts
// get new passwords) and fill the search index. On the embedded database the new logins replace
// the ones kept in its data folder, so the next `npm start` never points to stale passwords.
import type { Db } from "../../lib/db";
import { seed, type SeedResult } from "../../prisma/seed";
import { resetCatalog } from "../../prisma/seed/reset";
import { createSearchEngine, reindexAll } from "../../lib/search";
import { progressPrinter } from "./cli";
import { saveDemoLogins } from "./demo-logins";

export interface SeedDemoOptions {
  products: number;
  reset: boolean;
  adminPassword?: string;
  customerPassword?: string;
  /** The embedded database's data folder; null for a DATABASE_URL (nothing is kept on disk). */
  dataDir: string | null;
  progress?: boolean;
}

export async function seedDemoShop(
  prisma: Db,
  options: SeedDemoOptions,
): Promise<{ result: SeedResult; indexed: number }> {
  const onProgress = options.progress ? progressPrinter() : undefined;
  if (options.reset) await resetCatalog(prisma);
  const result = await seed(prisma, {
    products: options.products,
    onProgress,
    adminPassword: options.adminPassword,
    customerPassword: options.customerPassword,
  });
  if (options.dataDir)
    saveDemoLogins(options.dataDir, [result.logins.admin, result.logins.customer]);
  // The seed writes tables directly, not through catalog commands, so no outbox events reach search.
  const indexed = await reindexAll(createSearchEngine(), prisma, {
    onProgress: options.progress ? progressPrinter() : undefined,
  });
  return { result, indexed: indexed.indexed };
}
