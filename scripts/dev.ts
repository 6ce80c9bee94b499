// `npm run dev`: the development server with hot reload, on the same embedded defaults as
// `npm start` (Prisma client generated, a local AUTH_SECRET kept in the data folder).
import path from "node:path";
import { generatePrismaClient } from "./generate";
import { loadEnvOrExit } from "./lib/cli";
import { run } from "./lib/run";
import { ensureAuthSecret } from "./lib/secrets";
import { startupReport } from "./lib/startup-report";

const config = loadEnvOrExit();
await generatePrismaClient();
const dataDir = path.resolve(config.CARTWRIGHT_DATA_DIR);
// Migrate (and on the embedded default seed) the database first, then hand it to the server.
const { prepareDatabase } = await import("./lib/prepare-database");
const { closeDatabase } = await import("../lib/db");
let prepared;
try {
  prepared = await prepareDatabase(dataDir, { embedded: !config.DATABASE_URL });
} finally {
  await closeDatabase();
}
// The sign-in part of the start-up report: new demo logins once, or how to make an admin.
const url = config.SITE_URL ?? `http://localhost:${config.PORT}`;
for (const line of startupReport(prepared, { url, database: "" }).slice(2))
  console.log(`  ${line}`);
await run(process.execPath, ["node_modules/next/dist/bin/next", "dev", "-p", String(config.PORT)], {
  ...process.env,
  CARTWRIGHT_DATA_DIR: dataDir,
  AUTH_SECRET: config.AUTH_SECRET ?? ensureAuthSecret(dataDir),
  AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
  NEXT_TELEMETRY_DISABLED: "1",
});
export {};
