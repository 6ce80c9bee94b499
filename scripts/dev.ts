// `npm run dev`: the development server with hot reload, on the same embedded defaults as
// `npm start` (Prisma client generated, a local AUTH_SECRET kept in the data folder).
import path from "node:path";
import { generatePrismaClient } from "./generate";
import { loadEnvOrExit } from "./lib/cli";
import { run } from "./lib/run";
import { ensureAuthSecret } from "./lib/secrets";

const config = loadEnvOrExit();
await generatePrismaClient();
const dataDir = path.resolve(config.CARTWRIGHT_DATA_DIR);
// Migrate and seed an empty database first, then hand the (embedded) database to the server.
const { prepareDatabase } = await import("./lib/prepare-database");
await prepareDatabase(dataDir);
await run(process.execPath, ["node_modules/next/dist/bin/next", "dev", "-p", String(config.PORT)], {
  ...process.env,
  CARTWRIGHT_DATA_DIR: dataDir,
  AUTH_SECRET: config.AUTH_SECRET ?? ensureAuthSecret(dataDir),
  AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
  NEXT_TELEMETRY_DISABLED: "1",
});
export {};
