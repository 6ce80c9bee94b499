// Migrates the database and seeds it when it holds no products, then closes it (the embedded
// database can be open in one process only, and the web server opens it next).
import { closeDatabase, getDatabase } from "../../lib/db";
import { seedIfEmpty } from "../../prisma/seed";
import { createSearchEngine, reindexAll } from "../../lib/search";
import { saveDemoLogins } from "./demo-logins";

export async function prepareDatabase(dataDir: string): Promise<void> {
  const database = await getDatabase();
  try {
    const started = Date.now();
    const result = await seedIfEmpty(database.prisma, {
      products: 200,
      adminPassword: process.env.SEED_ADMIN_PASSWORD,
      customerPassword: process.env.SEED_CUSTOMER_PASSWORD,
    });
    if (result) {
      saveDemoLogins(dataDir, [result.logins.admin, result.logins.customer]);
      // The seed writes tables directly (no outbox events), so search is filled here.
      const engine = createSearchEngine();
      await reindexAll(engine, database.prisma);
      console.log(
        `[cartwright] seeded the demo catalog in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    }
  } finally {
    await closeDatabase();
  }
}
