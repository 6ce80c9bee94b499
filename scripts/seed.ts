// `npm run seed [-- --products N] [--reset]`: fills the database with the demo catalog and
// prints the demo logins. Stop the server first when using the embedded database: it holds a
// lock on the data folder.
import { parseArgs } from "node:util";
import { closeDatabase, getDatabase } from "../lib/db";
import { seed } from "../prisma/seed";
import { resetCatalog } from "../prisma/seed/reset";

export function progressLine(done: number, total: number, elapsedMs: number, width = 30): string {
  const ratio = total === 0 ? 1 : done / total;
  const filled = Math.round(ratio * width);
  const bar = "#".repeat(filled) + ".".repeat(width - filled);
  const percent = String(Math.floor(ratio * 100)).padStart(3);
  return `[${bar}] ${percent}% ${done}/${total} products ${(elapsedMs / 1000).toFixed(1)}s`;
}

function progressPrinter(): (done: number, total: number) => void {
  const started = Date.now();
  let lastTenth = -1;
  return (done, total) => {
    const line = progressLine(done, total, Date.now() - started);
    if (process.stderr.isTTY) {
      process.stderr.write(`\r${line}${done === total ? "\n" : ""}`);
      return;
    }
    // Logs and CI: one line per 10 % rather than a carriage-return animation.
    const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
    if (tenth !== lastTenth) process.stderr.write(`${line}\n`);
    lastTenth = tenth;
  };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      products: { type: "string", default: "200" },
      reset: { type: "boolean", default: false },
      "admin-password": { type: "string" },
      "customer-password": { type: "string" },
    },
  });
  const products = Number(values.products);
  if (!Number.isInteger(products) || products < 0) {
    console.error(`--products must be a whole number ≥ 0, got "${values.products}"`);
    return 2;
  }
  const database = await getDatabase();
  const prisma = database.prisma;
  const existing = await prisma.product.count();
  if (existing > 0 && !values.reset) {
    console.error(
      `The database already has ${existing} products. Run \`npm run seed -- --reset\` to delete the catalog, ` +
        `carts and orders and seed again (users are kept).`,
    );
    return 1;
  }
  if (values.reset) {
    console.error(`Resetting the catalog, carts and orders (${database.kind} database)…`);
    await resetCatalog(prisma);
  }
  console.error(`Seeding ${products} products into the ${database.kind} database…`);
  const result = await seed(prisma, {
    products,
    onProgress: progressPrinter(),
    adminPassword: values["admin-password"],
    customerPassword: values["customer-password"],
  });
  console.log(
    `Seeded ${result.products} products, ${result.variants} variants, ${result.images} images and ` +
      `${result.categories} categories in ${(result.durationMs / 1000).toFixed(1)}s.\n\nDemo logins:`,
  );
  for (const login of [result.logins.admin, result.logins.customer]) {
    console.log(`  ${login.role.padEnd(8)} ${login.email.padEnd(22)} ${login.password}`);
  }
  return 0;
}

main()
  .then(async (code) => {
    await closeDatabase();
    process.exitCode = code;
  })
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    await closeDatabase().catch(() => {});
    process.exitCode = 1;
  });
