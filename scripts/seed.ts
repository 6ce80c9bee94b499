// `npm run seed [-- --products N] [--reset]`: fills the database with the demo catalog and
// prints the demo logins. Stop the server first when using the embedded database: it holds a
// lock on the data folder.
import { parseArgs } from "node:util";
import path from "node:path";
import { loadEnvOrExit, runMain } from "./lib/cli";
import { demoLoginsFile } from "./lib/demo-logins";
import { seedDemoShop } from "./lib/seed-demo";
import { closeDatabase, getDatabase } from "../lib/db";

const USAGE = `Usage: npm run seed -- [--products N] [--reset] [--admin-password P] [--customer-password P]
  --products N   how many products to generate (default 200)
  --reset        delete the catalog, carts and orders first (users are kept; the demo
                 accounts get new passwords)
  Passwords not given are generated and printed at the end.`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      products: { type: "string", default: "200" },
      reset: { type: "boolean", default: false },
      "admin-password": { type: "string" },
      "customer-password": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
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
        `carts and orders and seed again (users are kept; the demo accounts get new passwords).`,
    );
    return 1;
  }
  if (values.reset)
    console.error(`Resetting the catalog, carts and orders (${database.kind} database)…`);
  console.error(`Seeding ${products} products into the ${database.kind} database…`);
  const dataDir =
    database.kind === "embedded" ? path.resolve(loadEnvOrExit().CARTWRIGHT_DATA_DIR) : null;
  const { result, indexed } = await seedDemoShop(prisma, {
    products,
    reset: values.reset,
    adminPassword: values["admin-password"],
    customerPassword: values["customer-password"],
    dataDir,
    progress: true,
  });
  console.log(
    `Seeded ${result.products} products, ${result.variants} variants, ${result.images} images and ` +
      `${result.categories} categories in ${(result.durationMs / 1000).toFixed(1)}s.\n\nDemo logins:`,
  );
  for (const login of [result.logins.admin, result.logins.customer]) {
    console.log(`  ${login.role.padEnd(8)} ${login.email.padEnd(22)} ${login.password}`);
  }
  if (dataDir) console.log(`(also kept in ${demoLoginsFile(dataDir)} for the next \`npm start\`)`);
  console.log(`Indexed ${indexed} products for search.`);
  return 0;
}

runMain(main, { cleanup: closeDatabase, usage: USAGE });
